package vn.danhgia.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mails a notification in Vietnamese (subject {@code <key>.subject}, text {@code <key>.body}) when an SMTP server is
 * configured ({@code spring.mail.host}); without one, or when the server fails, it logs and answers false so the
 * in-app notification stands alone. The page's address, made absolute with {@code danhgia.base-url}, is the last
 * argument of the texts.
 */
@Component
class NoticeMail {

    private static final Logger log = LoggerFactory.getLogger(NoticeMail.class);

    private final MessageSource messages;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;
    private final String baseUrl;

    NoticeMail(MessageSource messages, ObjectProvider<JavaMailSender> mailSender,
               @Value("${danhgia.reminders.from:danhgia@localhost}") String from,
               @Value("${danhgia.base-url:http://localhost:8080}") String baseUrl) {
        this.messages = messages;
        this.mailSender = mailSender;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Sends it; true when the SMTP server took it. */
    boolean send(String to, String key, java.util.List<String> arguments, String link) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.warn("No SMTP server configured (spring.mail.host): notification to {} not e-mailed", to);
            return false;
        }
        Object[] args = new Object[arguments.size() + 1];
        arguments.toArray(args);
        args[arguments.size()] = baseUrl + link;
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(messages.getMessage(key + ".subject", args, DeadlineReminders.VIETNAMESE));
        message.setText(messages.getMessage(key + ".body", args, DeadlineReminders.VIETNAMESE));
        try {
            sender.send(message);
            return true;
        } catch (MailException failure) {
            log.warn("Notification e-mail to {} failed: {}", to, failure.getMessage());
            return false;
        }
    }
}
