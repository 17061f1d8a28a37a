//! Byte offsets to character offsets.
//!
//! The engine slices by bytes; records speak in characters (Unicode scalar values), because
//! that is what every other language indexes strings by. [`CharIndex`] converts in O(1) after
//! one pass over the text.

/// A byte-to-character offset table for one text.
#[derive(Debug, Clone, Default)]
pub struct CharIndex {
    /// `chars_before[b]` is the index of the character that byte `b` belongs to; one more
    /// entry at the end holds the character count.
    chars_before: Vec<u32>,
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        let mut chars_before = Vec::with_capacity(text.len() + 1);
        let mut started = 0u32;
        for byte in text.as_bytes() {
            // A UTF-8 continuation byte belongs to the character that started before it.
            let is_continuation = byte & 0xC0 == 0x80;
            chars_before.push(if is_continuation { started.saturating_sub(1) } else { started });
            if !is_continuation {
                started += 1;
            }
        }
        chars_before.push(started);
        CharIndex { chars_before }
    }

    /// The character offset of byte offset `byte`; a byte inside a character counts as that
    /// character's start, and a byte past the end as the end.
    pub fn char_offset(&self, byte: usize) -> usize {
        match self.chars_before.get(byte) {
            Some(&n) => n as usize,
            None => self.chars_before.last().copied().unwrap_or(0) as usize,
        }
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
}
