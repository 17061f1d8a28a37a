//! The character set of an HTML page: byte-order mark, then the charset the server or the page
//! declares, then UTF-8 when the bytes are valid UTF-8, else windows-1256, which Arabic sites
//! still serve without declaring it.

use encoding_rs::{Encoding, WINDOWS_1256};

use crate::problem::Repair;

/// How far into a page a `<meta charset>` is looked for; the HTML standard says 1,024 bytes,
/// but pages with long inline scripts in `<head>` put it later.
const META_SCAN_BYTES: usize = 8 * 1024;

/// The page as text, and the repair made when its charset had to be guessed.
///
/// `http_charset` is the `charset` of an HTTP `Content-Type` header, when the page came with
/// one (a WARC response).
pub(crate) fn decode_html(bytes: &[u8], http_charset: Option<&str>) -> (String, Option<Repair>) {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return (encoding.decode_without_bom_handling(&bytes[bom_len..]).0.into_owned(), None);
    }
    let declared = http_charset.and_then(encoding_for).or_else(|| meta_charset(bytes));
    let valid_utf8 = std::str::from_utf8(bytes).ok();
    match (declared, valid_utf8) {
        // Non-ASCII text that is valid UTF-8 is UTF-8 whatever the page says: a page converted
        // to UTF-8 often keeps its old declaration, and legacy text is almost never valid UTF-8.
        (_, Some(text)) => (text.to_string(), None),
        (Some(encoding), None) => (encoding.decode_without_bom_handling(bytes).0.into_owned(), None),
        (None, None) => {
            (WINDOWS_1256.decode_without_bom_handling(bytes).0.into_owned(), Some(Repair::Windows1256))
        }
    }
}

/// The encoding named by a charset label. A page cannot really be UTF-16 if its declaration
/// was readable as ASCII, so such a label means UTF-8, as browsers take it (`output_encoding`).
fn encoding_for(label: &str) -> Option<&'static Encoding> {
    let encoding = Encoding::for_label(label.trim().trim_matches(['"', '\'']).as_bytes())?;
    Some(encoding.output_encoding())
}

/// The charset of `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">`
/// near the start of the page.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(META_SCAN_BYTES)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(found) = find(&lower[from..], b"charset") {
        let at = from + found + b"charset".len();
        from = at;
        let rest = &head[at..];
        let rest = skip_while(rest, |b| b.is_ascii_whitespace());
        let Some(rest) = rest.strip_prefix(b"=") else { continue };
        let rest = skip_while(rest, |b| b.is_ascii_whitespace() || b == b'"' || b == b'\'');
        let end = rest.iter().position(|b| !is_label_byte(*b)).unwrap_or(rest.len());
        if let Some(encoding) = std::str::from_utf8(&rest[..end]).ok().and_then(encoding_for) {
            return Some(encoding);
        }
    }
    None
}

fn is_label_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b':')
}

fn skip_while(bytes: &[u8], skip: impl Fn(u8) -> bool) -> &[u8] {
    let start = bytes.iter().position(|b| !skip(*b)).unwrap_or(bytes.len());
    &bytes[start..]
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|window| window == needle)
}

/// The `charset` parameter of an HTTP `Content-Type` value such as `text/html; charset=UTF-8`.
pub(crate) fn charset_param(content_type: &str) -> Option<&str> {
    content_type.split(';').skip(1).find_map(|param| {
        let (name, value) = param.split_once('=')?;
        name.trim().eq_ignore_ascii_case("charset").then(|| value.trim().trim_matches(['"', '\'']))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn windows_1256(text: &str) -> Vec<u8> {
        WINDOWS_1256.encode(text).0.into_owned()
    }

    #[test]
    fn a_declared_legacy_charset_is_used() {
        let page = [
            b"<html><head><meta charset=\"windows-1256\"></head><body>".as_slice(),
            &windows_1256("غارة جوية"),
            b"</body>",
        ]
        .concat();
        let (text, repair) = decode_html(&page, None);
        assert!(text.contains("غارة جوية"), "{text}");
        assert_eq!(repair, None);
        let page =
            [b"<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-6'>".as_slice()].concat();
        assert_eq!(meta_charset(&page).map(|e| e.name()), Some("ISO-8859-6"));
    }

    #[test]
    fn undeclared_legacy_bytes_are_read_as_windows_1256_with_a_note() {
        let page = [b"<p>".as_slice(), &windows_1256("قصف مدفعي"), b"</p>"].concat();
        let (text, repair) = decode_html(&page, None);
        assert_eq!(text, "<p>قصف مدفعي</p>");
        assert_eq!(repair, Some(Repair::Windows1256));
    }

    #[test]
    fn valid_utf8_wins_over_a_stale_declaration_and_the_http_header_over_meta() {
        let page = "<meta charset=windows-1256><p>اشتباكات</p>";
        assert_eq!(decode_html(page.as_bytes(), None).0, page);
        let legacy = [b"<meta charset=utf-8><p>".as_slice(), &windows_1256("اشتباكات")].concat();
        assert!(decode_html(&legacy, Some("windows-1256")).0.ends_with("اشتباكات"));
        assert_eq!(charset_param("text/html; Charset=\"UTF-8\""), Some("UTF-8"));
    }

    #[test]
    fn a_bom_decides() {
        let mut page = vec![0xFF, 0xFE];
        page.extend("<p>هدنة</p>".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode_html(&page, None).0, "<p>هدنة</p>");
    }
}
