package vn.danhgia.annual.selfreview.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the self-review page posts: the version read, each section's text, the proposed level and the self-scores. */
public class SelfReviewForm {

    private long version;
    private Map<String, String> sections = new LinkedHashMap<>();
    private String proposedLevel;
    private Map<String, String> scores = new LinkedHashMap<>();

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Map<String, String> getSections() {
        return sections;
    }

    public void setSections(Map<String, String> sections) {
        this.sections = sections;
    }

    public String getProposedLevel() {
        return proposedLevel;
    }

    public void setProposedLevel(String proposedLevel) {
        this.proposedLevel = proposedLevel;
    }

    public Map<String, String> getScores() {
        return scores;
    }

    public void setScores(Map<String, String> scores) {
        this.scores = scores;
    }
}
