package dev.parley.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class InputDecoderTest {
  private final InputDecoder decoder = new InputDecoder(1024 * 1024);

  static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
      gz.write(b);
    }
    return bos.toByteArray();
  }

  private Decoded ok(byte[] b) {
    InputDecoder.Result r = decoder.decode(b);
    assertThat(r).isInstanceOf(InputDecoder.Ok.class);
    return ((InputDecoder.Ok) r).decoded();
  }

  private InputDecoder.Failed failed(byte[] b) {
    InputDecoder.Result r = decoder.decode(b);
    assertThat(r).isInstanceOf(InputDecoder.Failed.class);
    return (InputDecoder.Failed) r;
  }

  @Test
  void readsPlainUtf8() {
    Decoded d = ok("Zelensky – “talks”".getBytes(StandardCharsets.UTF_8));
    assertThat(d.text()).isEqualTo("Zelensky – “talks”");
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.gzipped()).isFalse();
  }

  @Test
  void gunzipsByContentNotByName() throws IOException {
    Decoded d = ok(gzip("<html><body><p>Hallo</p></body></html>".getBytes(StandardCharsets.UTF_8)));
    assertThat(d.gzipped()).isTrue();
    assertThat(d.text()).contains("Hallo");
  }

  @Test
  void rejectsTruncatedGzip() throws IOException {
    byte[] gz = gzip("some article text that is long enough to compress into a few blocks".repeat(50).getBytes(StandardCharsets.UTF_8));
    InputDecoder.Failed f = failed(Arrays.copyOf(gz, gz.length / 2));
    assertThat(f.reason()).isEqualTo("truncated-gzip");
  }

  @Test
  void rejectsGzipBombOverTheLimit() throws IOException {
    InputDecoder small = new InputDecoder(10_000);
    InputDecoder.Result r = small.decode(gzip(new byte[200_000]));
    assertThat(r).isInstanceOf(InputDecoder.Failed.class);
    assertThat(((InputDecoder.Failed) r).reason()).isEqualTo("too-large");
  }

  @Test
  void rejectsEmptyAndBlank() {
    assertThat(failed(new byte[0]).reason()).isEqualTo("empty");
    assertThat(failed(" \n\t ".getBytes(StandardCharsets.UTF_8)).reason()).isEqualTo("empty");
  }

  @Test
  void rejectsBinaryJunkAndNamesKnownFormats() {
    byte[] junk = new byte[4096];
    new Random(7).nextBytes(junk);
    assertThat(failed(junk).reason()).isIn("binary", "invalid-utf8");
    InputDecoder.Failed pdf = failed("%PDF-1.7\n...".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(pdf.reason()).isEqualTo("binary");
    assertThat(pdf.message()).contains("PDF");
  }

  @Test
  void honoursDeclaredCharsetInHtmlMeta() {
    Charset koi8 = Charset.forName("KOI8-R");
    byte[] b = "<html><head><meta charset=\"koi8-r\"></head><body><p>Москва</p></body></html>".getBytes(koi8);
    Decoded d = ok(b);
    assertThat(d.text()).contains("Москва");
    assertThat(d.charsetSource()).isEqualTo("declared");
  }

  @Test
  void honoursXmlPrologEncoding() {
    byte[] b = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><title>Café</title></channel></rss>"
        .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(ok(b).text()).contains("Café");
  }

  @Test
  void detectsUtf16ByBom() {
    byte[] body = "Kyiv talks".getBytes(StandardCharsets.UTF_16LE);
    byte[] b = new byte[body.length + 2];
    b[0] = (byte) 0xFF;
    b[1] = (byte) 0xFE;
    System.arraycopy(body, 0, b, 2, body.length);
    assertThat(ok(b).text()).isEqualTo("Kyiv talks");
  }

  @Test
  void fallsBackToWindows1252ForUndeclaredLegacyText() {
    byte[] b = "The caf\u00e9 talks in Gen\u00e8ve went on for hours and hours.".getBytes(Charset.forName("windows-1252"));
    Decoded d = ok(b);
    assertThat(d.text()).contains("café").contains("Genève");
    assertThat(d.charsetSource()).isEqualTo("detected");
  }

  @Test
  void rejectsInvalidUtf8ThatIsNotLegacyText() {
    byte[] b = new byte[400];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i % 2 == 0 ? 0xC3 : 0x41); // a lead byte followed by ASCII: never valid UTF-8
    }
    InputDecoder.Failed f = failed(b);
    assertThat(f.reason()).isEqualTo("invalid-utf8");
  }

  @Test
  void rejectsDeclaredUtf8WithInvalidBytes() {
    byte[] head = "<html><head><meta charset=\"utf-8\"></head><body><p>".getBytes(StandardCharsets.US_ASCII);
    byte[] b = Arrays.copyOf(head, head.length + 3);
    b[head.length] = (byte) 0xFF;
    b[head.length + 1] = (byte) 0xFE;
    b[head.length + 2] = (byte) 0xC0;
    assertThat(failed(b).reason()).isEqualTo("invalid-utf8");
  }

  @Test
  void rejectsInputOverTheLimit() {
    InputDecoder tiny = new InputDecoder(10);
    InputDecoder.Result r = tiny.decode("more than ten bytes".getBytes(StandardCharsets.UTF_8));
    assertThat(((InputDecoder.Failed) r).reason()).isEqualTo("too-large");
  }
}
