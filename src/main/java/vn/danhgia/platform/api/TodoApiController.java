package vn.danhgia.platform.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.danhgia.platform.TodoList;

/** The signed-in person's to-do list as JSON: the same items as the home page, from the same {@link TodoList}. */
@Tag(name = "Việc cần làm")
@RestController
@RequestMapping(path = "/api/v1/todo", produces = MediaType.APPLICATION_JSON_VALUE)
class TodoApiController {

    private final TodoList todo;
    private final MessageSource messages;

    TodoApiController(TodoList todo, MessageSource messages) {
        this.todo = todo;
        this.messages = messages;
    }

    /**
     * One item: what to do in the request's language and its message key, whose record, the quarter, the last day
     * (null when the scheme sets none), whether it is past, and the page of the step.
     */
    record TodoItem(String text, String messageKey, String subject, int year, int quarter, LocalDate deadline,
                    boolean overdue, String link) {
    }

    @Operation(summary = "Việc cần làm của người đăng nhập, hạn gần nhất trước",
            description = "Kế hoạch cần lập hoặc phê duyệt, bản tự đánh giá cần gửi hoặc xem, thẩm định, Hội đồng, "
                    + "bỏ phiếu, quyết định, công bố, khiếu nại — đúng phạm vi như các trang tương ứng.")
    @GetMapping
    List<TodoItem> mine(Locale locale) {
        LocalDate today = todo.today();
        return todo.mine().stream()
                .map(item -> new TodoItem(messages.getMessage(item.messageKey(), null, locale), item.messageKey(),
                        item.subject(), item.year(), item.quarter(), item.deadline(), item.overdueOn(today),
                        item.link()))
                .toList();
    }
}
