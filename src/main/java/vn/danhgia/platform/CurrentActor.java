package vn.danhgia.platform;

/** Who is making the current request; services ask it instead of reading the security context themselves. */
public interface CurrentActor {

    /** The signed-in person; refuses with {@link AccessRefusedException} when nobody is signed in. */
    Actor get();
}
