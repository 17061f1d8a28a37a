//! Byte offsets to character offsets.
//!
//! The engine slices by bytes; records speak in characters (Unicode scalar values), because
//! that is what every other language indexes strings by. A record converts a few dozen
//! offsets, nearly in text order (sentences, then mentions, then spans), so [`CharIndex`]
//! builds no table: it counts from the offset it converted last, which makes a record's
//! conversions about one sweep over the text it covers, and nothing for a text with none.

use std::cell::Cell;

/// A byte-to-character offset converter for one text that remembers where it converted last.
#[derive(Debug, Clone, Default)]
pub struct CharIndex<'a> {
    bytes: &'a [u8],
    /// The last converted offset, a character boundary (or the end), and the characters
    /// before it: the next conversion counts from there when that is the shorter way.
    last: Cell<(usize, usize)>,
}

/// True for the bytes that start a UTF-8 character (any but continuation bytes).
fn starts_char(byte: u8) -> bool {
    byte & 0xC0 != 0x80
}

/// The characters that start in `bytes`.
fn count_starts(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| starts_char(b)).count()
}

impl<'a> CharIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        CharIndex { bytes: text.as_bytes(), last: Cell::new((0, 0)) }
    }

    /// The character offset of byte offset `byte`; a byte inside a character counts as that
    /// character's start, and a byte past the end as the end.
    pub fn char_offset(&self, byte: usize) -> usize {
        let at = self.char_start(byte);
        let (from, before) = self.last.get();
        let chars = if at >= from {
            before + count_starts(&self.bytes[from..at])
        } else if from - at < at {
            before - count_starts(&self.bytes[at..from])
        } else {
            count_starts(&self.bytes[..at])
        };
        self.last.set((at, chars));
        chars
    }

    /// The start of the character holding `byte`, or the end of the text past it.
    fn char_start(&self, byte: usize) -> usize {
        let mut at = byte.min(self.bytes.len());
        while at > 0 && at < self.bytes.len() && !starts_char(self.bytes[at]) {
            at -= 1;
        }
        at
    }

    /// The number of characters in the text.
    pub fn len_chars(&self) -> usize {
        self.char_offset(usize::MAX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_bytes_to_characters() {
        let text = "ab دير";
        let index = CharIndex::new(text);
        assert_eq!(index.char_offset(0), 0);
        assert_eq!(index.char_offset(3), 3);
        assert_eq!(index.char_offset(5), 4);
        assert_eq!(index.char_offset(text.len()), 6);
        assert_eq!(index.len_chars(), text.chars().count());
    }

    #[test]
    fn a_byte_inside_a_character_counts_as_its_start() {
        let index = CharIndex::new("دير");
        assert_eq!(index.char_offset(1), 0);
        assert_eq!(index.char_offset(3), 1);
    }

    #[test]
    fn offsets_asked_in_any_order_agree_with_counting() {
        let text = "قُتل 3 في «الرقة» ab دير الزور.";
        let index = CharIndex::new(text);
        let mut bytes: Vec<usize> = (0..=text.len() + 2).collect();
        bytes.reverse();
        bytes.extend([7, 40, 2, 0, 33, 1]);
        for byte in bytes {
            // The characters starting at or before the byte, less the one it is in.
            let at_or_before = text.char_indices().filter(|&(start, _)| start <= byte).count();
            let expected = if byte >= text.len() { text.chars().count() } else { at_or_before - 1 };
            assert_eq!(index.char_offset(byte), expected, "byte {byte}");
        }
    }
}
