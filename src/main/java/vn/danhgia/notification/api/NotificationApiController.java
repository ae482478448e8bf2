package vn.danhgia.notification.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.danhgia.notification.NotificationView;
import vn.danhgia.notification.Notifications;

@Tag(name = "Thông báo")
@RestController
@RequestMapping(path = "/api/v1/notifications", produces = MediaType.APPLICATION_JSON_VALUE)
class NotificationApiController {

    private final Notifications notifications;
    private final MessageSource messages;

    NotificationApiController(Notifications notifications, MessageSource messages) {
        this.notifications = notifications;
        this.messages = messages;
    }

    /** A notification with its text in the request's language, and the key and arguments it was made from. */
    record NotificationResponse(long id, Instant createdAt, String text, String messageKey, List<String> arguments,
                                String link, boolean read) {
    }

    @Operation(summary = "Thông báo của người dùng (mới nhất trước, tối đa 100)",
            description = "Nhắc hạn gửi kế hoạch công tác, tự đánh giá… của chính người đăng nhập.")
    @GetMapping
    List<NotificationResponse> mine(Locale locale) {
        return notifications.mine().stream()
                .map(each -> new NotificationResponse(each.id(), each.createdAt(),
                        messages.getMessage(each.messageKey() + ".text", each.arguments().toArray(), locale),
                        each.messageKey(), each.arguments(), each.link(), each.read()))
                .toList();
    }
}
