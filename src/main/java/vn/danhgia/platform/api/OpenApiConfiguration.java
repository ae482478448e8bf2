package vn.danhgia.platform.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's contract for other systems, served at /v3/api-docs and /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String TOKEN = "accessToken";

    @Bean
    OpenAPI danhgiaOpenApi() {
        return new OpenAPI()
                .info(new Info().title("danhgia API").version("v1")
                        .description("Chấm điểm và gợi ý xếp loại chất lượng cán bộ hằng quý. Mọi lỗi trả về "
                                + "application/problem+json (RFC 9457) với 'detail' bằng tiếng Việt nêu trường và quy tắc. "
                                + "Xác thực bằng khóa truy cập cá nhân (tạo tại /account/tokens) gửi trong tiêu đề "
                                + "Authorization: Bearer; API không nhận mật khẩu."))
                .components(new Components().addSecuritySchemes(TOKEN,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("Khóa truy cập cá nhân (personal access token), dạng dg_…")))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN));
    }
}
