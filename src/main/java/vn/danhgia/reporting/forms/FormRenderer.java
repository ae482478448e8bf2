package vn.danhgia.reporting.forms;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * Writes an official form as .docx or PDF from its template pair (see {@link FormDocument}).
 * <p>
 * Word: poi-tl fills {@code {{field}}} tags; a table row whose first cell holds {@code {{%rows}}} is repeated for each
 * element of the list {@code rows}, its cells naming the element's fields as {@code [field]}; {@code {{?list}}} …
 * {@code {{/list}}} repeats the paragraphs between them. PDF: Thymeleaf (XML mode, the template is XHTML) then
 * openhtmltopdf. The template asks for "Times New Roman", as official Vietnamese documents do; the PDF embeds Liberation
 * Serif under that name, which has the same metrics and every Vietnamese letter, so the PDF looks the same on a machine
 * without the font.
 */
@Component
public class FormRenderer {

    /** The family name templates use; mapped to the embedded font. */
    static final String FONT_FAMILY = "Times New Roman";
    private static final String FONTS = "forms/fonts/LiberationSerif-";

    private final FormTemplates templates;
    private final TemplateEngine xhtml;
    private final Configure wordTags;

    FormRenderer(FormTemplates templates) {
        this.templates = templates;
        this.xhtml = new SpringTemplateEngine();
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCacheable(false);
        xhtml.setTemplateResolver(resolver);
        this.wordTags = Configure.builder().addPlugin('%', new LoopRowTableRenderPolicy()).build();
    }

    public void write(FormDocument form, FormFormat format, OutputStream out) throws IOException {
        switch (format) {
            case DOCX -> writeDocx(form, out);
            case PDF -> writePdf(form, out);
        }
    }

    private void writeDocx(FormDocument form, OutputStream out) throws IOException {
        try (InputStream template = templates.open(form.template() + ".docx");
             XWPFTemplate filled = XWPFTemplate.compile(template, wordTags).render(form.data())) {
            filled.write(out);
        }
    }

    private void writePdf(FormDocument form, OutputStream out) throws IOException {
        String template;
        try (InputStream in = templates.open(form.template() + ".xhtml")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Context context = new Context();
        context.setVariable("form", form.data());
        String page = xhtml.process(template, context);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        font(builder, "Regular", 400, FontStyle.NORMAL);
        font(builder, "Bold", 700, FontStyle.NORMAL);
        font(builder, "Italic", 400, FontStyle.ITALIC);
        font(builder, "BoldItalic", 700, FontStyle.ITALIC);
        builder.withHtmlContent(page, null);
        builder.toStream(out);
        builder.run();
    }

    private static void font(PdfRendererBuilder builder, String variant, int weight, FontStyle style) {
        builder.useFont(() -> {
            try {
                return new ClassPathResource(FONTS + variant + ".ttf").getInputStream();
            } catch (IOException missing) {
                throw new UncheckedIOException(missing);
            }
        }, FONT_FAMILY, weight, style, true);
    }
}
