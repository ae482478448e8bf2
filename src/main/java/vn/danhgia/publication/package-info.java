/**
 * After the decision (seed 002 §4 Bước 6): the announcement of a unit's ratings and the public notice, the dossier
 * archived with its documents and the council's minutes, and complaints handled by the inspection committee (seed 000
 * §IV.4); an upheld complaint cancels the rating for re-rating (seed 000 §II.2). The last step of the pipeline: it
 * depends on the decision's stored ratings and the council's sessions, and nothing of the pipeline depends on it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"decision", "council", "organization", "scheme", "rules", "platform"})
package vn.danhgia.publication;
