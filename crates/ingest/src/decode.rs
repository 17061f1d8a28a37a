//! Bytes to text: byte-order marks, binary detection, and the windows-1256 fallback.
//!
//! Arabic text that is not UTF-8 is almost always windows-1256, the legacy Arabic code page.
//! Every byte means something in that code page, so decoding never fails by itself; whether the
//! result is text is judged by how much of it is Arabic, Latin or ordinary punctuation.

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1256};

use crate::problem::{ProblemKind, Repair};

/// How much of an input's start is looked at to tell text from binary.
pub(crate) const SNIFF_BYTES: usize = 8 * 1024;

pub(crate) const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Share of control bytes above which a head is taken for binary.
const MAX_CONTROL_SHARE: f64 = 0.10;

/// Share of unusual characters above which a windows-1256 decode is taken for garbage.
const MAX_ODD_SHARE: f64 = 0.05;

/// Removes a leading UTF-8 byte-order mark, in place.
pub(crate) fn strip_utf8_bom(bytes: &mut Vec<u8>) {
    if bytes.starts_with(UTF8_BOM) {
        bytes.drain(..UTF8_BOM.len());
    }
}

/// Why `head` (an input's first bytes) looks binary, or `None` when it may be text.
pub(crate) fn binary_reason(head: &[u8]) -> Option<&'static str> {
    let head = &head[..head.len().min(SNIFF_BYTES)];
    if head.contains(&0) {
        return Some("it contains NUL bytes");
    }
    let controls = head.iter().filter(|&&b| is_odd_control(b)).count();
    if !head.is_empty() && controls as f64 / head.len() as f64 > MAX_CONTROL_SHARE {
        return Some("it is full of control characters");
    }
    None
}

/// Control bytes that plain text does not contain (tab, newlines and form feed do occur).
fn is_odd_control(byte: u8) -> bool {
    (byte < 0x20 && !matches!(byte, b'\t' | b'\n' | b'\r' | 0x0C)) || byte == 0x7F
}

/// Decodes a whole text input: UTF-8 (BOM removed), UTF-16 with a BOM, or windows-1256.
pub(crate) fn decode_text(mut bytes: Vec<u8>) -> Result<(String, Option<Repair>), ProblemKind> {
    strip_utf8_bom(&mut bytes);
    if let Some(decoded) = decode_utf16_with_bom(&bytes) {
        return decoded;
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ProblemKind::Empty);
    }
    if let Some(detail) = binary_reason(&bytes) {
        return Err(ProblemKind::Binary { detail: detail.into() });
    }
    decode_line(bytes)
}

/// Decodes text that has no BOM: UTF-8, or else windows-1256 when that reads as text.
pub(crate) fn decode_line(bytes: Vec<u8>) -> Result<(String, Option<Repair>), ProblemKind> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok((text, None)),
        Err(err) => {
            let offset = err.utf8_error().valid_up_to();
            let (text, had_errors) = WINDOWS_1256.decode_without_bom_handling(err.as_bytes());
            if had_errors || !looks_like_text(&text) {
                return Err(ProblemKind::NotText {
                    detail: format!("invalid UTF-8 at byte {offset}, and not windows-1256 text either"),
                });
            }
            Ok((text.into_owned(), Some(Repair::Windows1256)))
        }
    }
}

/// True when `bytes` start with a UTF-16 byte-order mark, either way round.
pub(crate) fn has_utf16_bom(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF])
}

/// UTF-16 text announced by its byte-order mark (what some Windows editors save).
fn decode_utf16_with_bom(bytes: &[u8]) -> Option<Result<(String, Option<Repair>), ProblemKind>> {
    let (encoding, big_endian) = match bytes {
        [0xFF, 0xFE, ..] => (UTF_16LE, false),
        [0xFE, 0xFF, ..] => (UTF_16BE, true),
        _ => return None,
    };
    let decoded = encoding.decode_without_bom_handling_and_without_replacement(&bytes[2..]);
    Some(match decoded {
        Some(text) if text.trim().is_empty() => Err(ProblemKind::Empty),
        Some(text) => Ok((text.into_owned(), Some(Repair::Utf16 { big_endian }))),
        None => Err(ProblemKind::NotText { detail: "invalid UTF-16 after a UTF-16 byte-order mark".into() }),
    })
}

/// True when a decode is mostly Arabic, Latin, digits and ordinary punctuation.
///
/// UTF-8 Arabic misread as windows-1256, or random bytes, produce many symbols such as `§ ¤ ‰`,
/// which real text hardly contains.
pub(crate) fn looks_like_text(text: &str) -> bool {
    let mut total = 0usize;
    let mut odd = 0usize;
    let mut letters = 0usize;
    for c in text.chars().filter(|c| !c.is_whitespace()) {
        total += 1;
        if is_letter(c) {
            letters += 1;
        } else if !is_usual_sign(c) {
            odd += 1;
        }
    }
    letters > 0 && odd as f64 <= total as f64 * MAX_ODD_SHARE
}

/// Arabic (with its marks and presentation forms) or Latin letters, including French accents.
fn is_letter(c: char) -> bool {
    matches!(c,
        'a'..='z' | 'A'..='Z'
        | '\u{00C0}'..='\u{00D6}' | '\u{00D8}'..='\u{00F6}' | '\u{00F8}'..='\u{00FF}'
        | '\u{0152}' | '\u{0153}'
        | '\u{0621}'..='\u{065F}' | '\u{066E}'..='\u{06D3}' | '\u{06D5}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Digits and punctuation that Arabic and Latin news text uses.
fn is_usual_sign(c: char) -> bool {
    c.is_ascii_graphic()
        || matches!(c,
            '\u{0600}'..='\u{0620}' | '\u{0660}'..='\u{066D}' | '\u{06D4}'
            | '\u{00A0}' | '«' | '»' | '°' | '–' | '—' | '‘' | '’' | '“' | '”' | '…' | '•' | '€'
            | '\u{200C}'..='\u{200F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn windows_1256(text: &str) -> Vec<u8> {
        WINDOWS_1256.encode(text).0.into_owned()
    }

    #[test]
    fn arabic_in_windows_1256_is_recovered() {
        let bytes = windows_1256("قتل ثلاثة أشخاص في غارة على حلب، يوم الأحد.");
        let (text, repair) = decode_text(bytes).unwrap();
        assert_eq!(text, "قتل ثلاثة أشخاص في غارة على حلب، يوم الأحد.");
        assert_eq!(repair, Some(Repair::Windows1256));
    }

    #[test]
    fn utf8_arabic_with_a_bad_byte_is_not_taken_for_windows_1256() {
        let text = "قتل ثلاثة أشخاص في غارة على حلب";
        let mut bytes = text.as_bytes().to_vec();
        bytes.push(0xFF);
        let err = decode_text(bytes).unwrap_err().to_string();
        let expected = format!("invalid UTF-8 at byte {}, and not windows-1256", text.len());
        assert!(err.contains(&expected), "{err}");
    }

    #[test]
    fn random_high_bytes_are_not_text() {
        let mut state = 0x2545_F491_u32;
        let bytes: Vec<u8> = (0..4000)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                0x80 | (state as u8)
            })
            .collect();
        assert!(matches!(decode_text(bytes), Err(ProblemKind::NotText { .. })));
    }

    #[test]
    fn binary_and_empty_are_told_apart() {
        assert!(matches!(decode_text(b"ab\0cd".to_vec()), Err(ProblemKind::Binary { .. })));
        assert!(matches!(decode_text(b"\x01\x02\x03\x04abc".to_vec()), Err(ProblemKind::Binary { .. })));
        assert_eq!(decode_text(b" \n\t ".to_vec()), Err(ProblemKind::Empty));
        assert_eq!(decode_text(b"\xEF\xBB\xBF\n".to_vec()), Err(ProblemKind::Empty));
    }

    #[test]
    fn boms_are_handled() {
        let (text, repair) = decode_text(b"\xEF\xBB\xBFhello".to_vec()).unwrap();
        assert_eq!((text.as_str(), repair), ("hello", None));
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend("سلام".encode_utf16().flat_map(u16::to_le_bytes));
        let (text, repair) = decode_text(utf16).unwrap();
        assert_eq!(text, "سلام");
        assert_eq!(repair, Some(Repair::Utf16 { big_endian: false }));
    }
}
