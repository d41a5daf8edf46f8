package dev.onecheck.gateway.onsite;

import static dev.onecheck.gateway.http.XhtmlPage.row;
import static dev.onecheck.gateway.http.XhtmlPage.text;

import dev.onecheck.domain.onsite.ActionCodeSigner;
import dev.onecheck.gateway.http.PublicUrls;
import dev.onecheck.gateway.http.XhtmlPage;
import dev.onecheck.store.onsite.ActionCodes.Authorised;
import dev.onecheck.store.onsite.ActionCodes.Check;
import dev.onecheck.store.onsite.ActionCodes;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 亮码入企 without an account: the page a scanned code opens ({@code /verify?code=…}) and the QR image of a code.
 * Both are public; the image is made only for a genuinely signed code, so the endpoint is no free QR generator.
 */
@Controller
class ActionCodePages {

    private final ActionCodes codes;
    private final ActionCodeSigner signer;
    private final PublicUrls urls;

    ActionCodePages(ActionCodes codes, ActionCodeSigner signer, PublicUrls urls) {
        this.codes = codes;
        this.signer = signer;
        this.urls = urls;
    }

    @GetMapping(value = "/verify", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    ResponseEntity<String> verify(@RequestParam(required = false) String code) {
        Check check = codes.check(code);
        StringBuilder body = new StringBuilder("<h1>行政行为码核验</h1>");
        body.append("<p class=\"status ").append(check.valid() ? "ok" : "bad").append("\">")
                .append(text(check.valid() ? "✔ 有效：本次入企检查经审核赋码" : "✘ " + check.status().label())).append("</p>");
        if (check.authorised() != null) {
            Authorised a = check.authorised();
            body.append("<table>")
                    .append(row("检查对象", a.firm().name() + "（" + a.firm().code() + "）"))
                    .append(row("检查时间", a.window().from() + " 至 " + a.window().to()))
                    .append(row("牵头部门", a.lead()))
                    .append(row("检查部门", String.join("、", a.departments().stream().map(d -> d.name() + "（" + d.code() + "）").toList())))
                    .append(row("执法人员", String.join("、", a.officers().stream().map(o -> o.name() + " 执法证号 " + o.certificateNo()).toList())))
                    .append(row("检查事项", String.join("、", a.items().stream().map(i -> i.name() + "（" + i.code() + "）").toList())))
                    .append(row("检查依据", String.join("、", a.legalBasis())))
                    .append(row("检查编号", a.inspection()))
                    .append("</table>");
        }
        body.append("<p class=\"muted\">").append(text("如对检查有异议，可在检查结果记录后通过企业端“查后评价”或“申诉”反映。"))
                .append("</p>");
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(XhtmlPage.page("行政行为码核验", body.toString()));
    }

    @GetMapping(value = "/action-codes/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@RequestParam String code) {
        if (signer.verify(code).isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().body(QrImages.png(urls.verify(code.strip())));
    }
}
