package vn.danhgia.assessment.web;

import java.util.ArrayList;
import java.util.List;

/** One result axis (trục kết quả) on the sheet: its maximum points for this person and its task rows. */
public class AxisForm {

    private String maxPoints;
    private List<TaskForm> tasks = new ArrayList<>();

    public String getMaxPoints() {
        return maxPoints;
    }

    public void setMaxPoints(String maxPoints) {
        this.maxPoints = maxPoints;
    }

    public List<TaskForm> getTasks() {
        return tasks;
    }

    public void setTasks(List<TaskForm> tasks) {
        this.tasks = tasks;
    }
}
