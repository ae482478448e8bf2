package vn.danhgia.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class BoundedPasswordEncoderTests {

    private static final Duration LONG = Duration.ofSeconds(20);

    @Test
    void aThirdCheckWaitsWhileTwoAreBeingComputed() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch twoInside = new CountDownLatch(2);
        PasswordEncoder slowHashes = new PasswordEncoder() {
            // Holds every check until released, counting those inside.
            @Override
            public String encode(CharSequence rawPassword) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean matches(CharSequence rawPassword, String encodedPassword) {
                mostAtOnce.accumulateAndGet(inside.incrementAndGet(), Math::max);
                twoInside.countDown();
                try {
                    return release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException interrupted) {
                    throw new IllegalStateException(interrupted);
                } finally {
                    inside.decrementAndGet();
                }
            }
        };
        BoundedPasswordEncoder bounded = new BoundedPasswordEncoder(slowHashes, 2, LONG);
        List<Thread> signIns = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Thread signIn = new Thread(() -> bounded.matches("mật khẩu", "{bcrypt}…"));
            signIns.add(signIn);
            signIn.start();
        }

        assertThat(twoInside.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200);
        assertThat(inside.get()).as("checks being computed while two hold the permits").isEqualTo(2);
        release.countDown();
        for (Thread signIn : signIns) {
            signIn.join(10_000);
        }

        assertThat(signIns).noneMatch(Thread::isAlive);
        assertThat(mostAtOnce.get()).isEqualTo(2);
    }

    @Test
    void answersAsTheHashesItBounds() {
        PasswordEncoder bounded = new BoundedPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                1, LONG);

        String hash = bounded.encode("Hà Nội 2026!");

        assertThat(hash).startsWith("{bcrypt}");
        assertThat(bounded.matches("Hà Nội 2026!", hash)).isTrue();
        assertThat(bounded.matches("Ha Noi 2026!", hash)).isFalse();
        assertThat(bounded.upgradeEncoding(hash)).isFalse();
        assertThat(bounded.upgradeEncoding("{noop}cũ")).isTrue();
    }

    @Test
    void atLeastOneCheckAtATime() {
        assertThatThrownBy(() -> new BoundedPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                0, LONG)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
        assertThat(BoundedPasswordEncoder.defaultPermits()).isPositive();
    }

    @Test
    void aSignInThatFindsNoCheckFreeInTimeIsToldTheChecksAreBusy() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        BoundedPasswordEncoder bounded = new BoundedPasswordEncoder(new PasswordEncoder() {
            @Override
            public String encode(CharSequence rawPassword) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean matches(CharSequence rawPassword, String encodedPassword) {
                holding.countDown();
                try {
                    return release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException interrupted) {
                    throw new IllegalStateException(interrupted);
                }
            }
        }, 1, Duration.ofMillis(100));
        Thread first = new Thread(() -> bounded.matches("mật khẩu", "{bcrypt}…"));
        first.start();
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> bounded.matches("mật khẩu", "{bcrypt}…"))
                .isInstanceOf(PasswordChecksBusyException.class);

        release.countDown();
        first.join(10_000);
        assertThat(bounded.matches("mật khẩu", "{bcrypt}…")).as("the permit came back").isTrue();
    }

    @Test
    void anInterruptedWaitGivesUpAndKeepsTheInterrupt() {
        PasswordEncoder bounded = new BoundedPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                1, LONG);
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> bounded.matches("mật khẩu", "{noop}mật khẩu"))
                    .isInstanceOf(PasswordChecksBusyException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aBusyRefusalSendsThePersonBackToTryAgain() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        new ThrottleAwareFailureHandler().onAuthenticationFailure(new MockHttpServletRequest("POST", "/login"),
                response, new PasswordChecksBusyException("busy"));

        assertThat(response.getRedirectedUrl()).isEqualTo("/login?busy");
    }
}
