//! Byte offsets to character offsets.
//!
//! The engine slices by bytes; records speak in characters (Unicode scalar values), because
//! that is what every other language indexes strings by. [`CharIndex`] converts in O(1) after
//! one pass over the text.

/// A byte-to-character offset table for one text: the count of characters before every
/// block of [`BLOCK`] bytes, and the bytes themselves to count within a block. A record
/// converts a few dozen offsets, so a count per block (not per byte) is all it needs: a
/// fraction of the memory, and one quick pass to build.
#[derive(Debug, Clone, Default)]
pub struct CharIndex<'a> {
    bytes: &'a [u8],
    /// `before_block[k]` is the number of characters that start before byte `k * BLOCK`.
    before_block: Vec<u32>,
}

/// Bytes per block of [`CharIndex`].
const BLOCK: usize = 64;

/// True for the bytes that start a UTF-8 character (any but continuation bytes).
fn starts_char(byte: u8) -> bool {
    byte & 0xC0 != 0x80
}

impl<'a> CharIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut before_block = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut started = 0u32;
        for block in bytes.chunks(BLOCK) {
            before_block.push(started);
            started += block.iter().filter(|&&b| starts_char(b)).count() as u32;
        }
        before_block.push(started);
        CharIndex { bytes, before_block }
    }

    /// The character offset of byte offset `byte`; a byte inside a character counts as that
    /// character's start, and a byte past the end as the end.
    pub fn char_offset(&self, byte: usize) -> usize {
        if byte >= self.bytes.len() {
            return self.before_block.last().copied().unwrap_or(0) as usize;
        }
        let block = byte / BLOCK;
        let started_in_block = self.bytes[block * BLOCK..byte].iter().filter(|&&b| starts_char(b)).count();
        let started = self.before_block[block] as usize + started_in_block;
        // Inside a character: the character that started before this byte.
        if starts_char(self.bytes[byte]) {
            started
        } else {
            started.saturating_sub(1)
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
