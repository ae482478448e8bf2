package vn.danhgia;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * danhgia: đánh giá, xếp loại chất lượng cán bộ. Each direct subpackage is a module; see README "Module map".
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DanhgiaApplication {

    public static void main(String[] args) {
        SpringApplication.run(DanhgiaApplication.class, args);
    }
}
