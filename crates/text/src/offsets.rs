//! Byte offsets to character offsets.
//!
//! The engine slices by bytes; records speak in characters (Unicode scalar values), because
//! that is what every other language indexes strings by. A record converts a few dozen
//! offsets in several sweeps (sentences, mentions, claims, events, each in text order), so
//! [`CharIndex`] counts the characters of the text once, a block of 64 bytes at a time, and
//! keeps the count before each block: a conversion then counts at most 63 bytes.

/// A byte-to-character offset converter for one text.
#[derive(Debug, Clone, Default)]
pub struct CharIndex<'a> {
    bytes: &'a [u8],
    /// The characters before each block of [`BLOCK`] bytes.
    before_block: Vec<usize>,
}

/// The bytes counted a block; a conversion counts fewer than this many.
const BLOCK: usize = 64;

/// True for the bytes that start a UTF-8 character (any but continuation bytes).
fn starts_char(byte: u8) -> bool {
    byte & 0xC0 != 0x80
}

/// The characters that start in `bytes`: all bytes less the continuation bytes (`10xxxxxx`),
/// counted eight at a time in a `u64` (a conversion counts a few dozen bytes, too few for the
/// compiler's vector loop to pay off).
fn count_starts(bytes: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut chunks = bytes.chunks_exact(8);
    let mut continuations = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let word = u64::from_le_bytes(word);
        // The top bit set and the next one clear, moved to the bottom bit of each byte; the
        // multiply adds the eight bytes up into the top one. Baseline x86-64 has no `popcnt`,
        // so `count_ones` was a popcount in some twelve instructions.
        let flags = (word & !(word << 1) & HIGH) >> 7;
        continuations += (flags.wrapping_mul(ONES) >> 56) as usize;
    }
    let rest = chunks.remainder();
    bytes.len() - rest.len() - continuations + rest.iter().filter(|&&b| starts_char(b)).count()
}

/// The characters that start in a whole block: each byte's test added up as a byte (64 at
/// most), which the compiler does sixteen bytes at once (SSE2, part of every x86-64), some
/// twenty instructions a block where the words of [`count_starts`] took about 140.
fn count_block(block: &[u8; BLOCK]) -> usize {
    usize::from(block.iter().fold(0u8, |count, &byte| count + u8::from(starts_char(byte))))
}

/// The characters of `text`, counted eight bytes at a time: for a span's text (a few dozen
/// bytes), where `str::chars().count()` counted byte by byte.
pub fn count_chars(text: &str) -> usize {
    count_starts(text.as_bytes())
}

impl<'a> CharIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut before_block = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut chars = 0;
        for block in bytes.chunks(BLOCK) {
            before_block.push(chars);
            chars += match block.first_chunk::<BLOCK>() {
                Some(whole) => count_block(whole),
                None => count_starts(block),
            };
        }
        CharIndex { bytes, before_block }
    }

    /// The character offset of byte offset `byte`; a byte inside a character counts as that
    /// character's start, and a byte past the end as the end.
    pub fn char_offset(&self, byte: usize) -> usize {
        let at = self.char_start(byte);
        let block = at / BLOCK;
        match self.before_block.get(block) {
            Some(&before) => before + count_starts(&self.bytes[block * BLOCK..at]),
            // At the end of a text whose length is a multiple of the block.
            None => self.before_block.last().map_or(0, |&before| {
                before + count_starts(&self.bytes[(self.before_block.len() - 1) * BLOCK..])
            }),
        }
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
    fn counting_a_text_s_characters_agrees_with_chars() {
        let text = "قُتل 3 في «الرقة» ab دير الزور 😀 ğ.".repeat(2);
        for (start, _) in text.char_indices() {
            for (end, _) in text[start..].char_indices() {
                let slice = &text[start..start + end];
                assert_eq!(count_chars(slice), slice.chars().count(), "{slice}");
            }
        }
    }

    #[test]
    fn a_byte_inside_a_character_counts_as_its_start() {
        let index = CharIndex::new("دير");
        assert_eq!(index.char_offset(1), 0);
        assert_eq!(index.char_offset(3), 1);
    }

    #[test]
    fn offsets_across_blocks_and_at_a_block_s_end_agree_with_counting() {
        for text in ["ا".repeat(64), "ا".repeat(65), "a".repeat(128), format!("{}ب", "a".repeat(63))] {
            let index = CharIndex::new(&text);
            for byte in 0..=text.len() + 1 {
                let expected =
                    text.char_indices().take_while(|&(start, _)| start < byte.min(text.len())).count();
                let expected =
                    if byte < text.len() && !text.is_char_boundary(byte) { expected - 1 } else { expected };
                assert_eq!(index.char_offset(byte), expected, "byte {byte} of {} bytes", text.len());
            }
        }
        assert_eq!(CharIndex::new("").char_offset(3), 0);
    }

    #[test]
    fn counting_by_words_agrees_with_counting_by_bytes() {
        let text = "قُتل 3 في «الرقة» ab دير الزور 😀 ğ.".repeat(3);
        let bytes = text.as_bytes();
        for start in 0..bytes.len() {
            for end in start..bytes.len().min(start + 70) {
                let slice = &bytes[start..end];
                assert_eq!(count_starts(slice), slice.iter().filter(|&&b| starts_char(b)).count());
            }
            if let Some(block) = bytes.get(start..).and_then(<[u8]>::first_chunk::<BLOCK>) {
                assert_eq!(count_block(block), block.iter().filter(|&&b| starts_char(b)).count());
            }
        }
        assert_eq!(count_block(&[0xBF; BLOCK]), 0);
        assert_eq!(count_block(&[0x7F; BLOCK]), BLOCK);
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
