//! A bounded memo of what a table says about each word, for readers that ask about every
//! word of every article: the cue index plans a word's readings once and reads the plan from
//! here after.
//!
//! Words repeat heavily (a few thousand make most of the news), so a direct-mapped table of
//! slots with the word's bytes inline answers most words in one cache line, where a hash map
//! with boxed keys costs a miss for the bucket and another for the key. Each slot points into
//! one arena of items, so a word's answer is one contiguous run. A slot taken by another word
//! is overwritten; the arena is emptied with every slot when it reaches its bound, so memory
//! stays bounded on any corpus. Answers depend on the word alone, so a remembered answer is
//! the answer, whatever was remembered before.

/// The longest word (in bytes) a slot holds; longer words are answered afresh each time.
const KEY_BYTES: usize = 24;

/// A word and where its items lie in the arena.
#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    key: [u8; KEY_BYTES],
    /// The word's length in bytes; 0 for an empty slot (the empty word is never remembered).
    len: u8,
    count: u16,
    start: u32,
}

impl Slot {
    fn holds(&self, key: &[u8]) -> bool {
        usize::from(self.len) == key.len() && self.key.get(..key.len()) == Some(key)
    }
}

/// The memo: remembered words, for the table `identity` names.
#[derive(Debug)]
pub struct Memo<T> {
    identity: u64,
    slots: Box<[Slot]>,
    /// log2 of the number of slots.
    slot_bits: u32,
    items: Vec<T>,
    /// The arena is emptied when it holds this many items.
    item_limit: usize,
    /// The items of the last word too long to remember.
    scratch: Vec<T>,
}

impl<T: Copy> Memo<T> {
    /// A memo of 2^`slot_bits` slots whose arena holds about `item_limit` items.
    pub fn new(slot_bits: u32, item_limit: usize) -> Self {
        let slot_bits = slot_bits.clamp(1, 24);
        Memo {
            identity: 0,
            slots: vec![Slot::default(); 1 << slot_bits].into_boxed_slice(),
            slot_bits,
            items: Vec::new(),
            item_limit,
            scratch: Vec::new(),
        }
    }

    /// Makes the memo the one of the table `identity`, forgetting another table's answers.
    pub fn serve(&mut self, identity: u64) {
        if self.identity != identity {
            self.forget();
            self.identity = identity;
        }
    }

    /// The items of `key`: remembered, or written by `make` (which appends them to the vector
    /// it is given) and remembered.
    pub fn items(&mut self, key: &str, make: impl FnOnce(&mut Vec<T>)) -> &[T] {
        let key = key.as_bytes();
        if key.is_empty() || key.len() > KEY_BYTES {
            self.scratch.clear();
            make(&mut self.scratch);
            return &self.scratch;
        }
        let at = slot_of(key, self.slot_bits);
        let slot = self.slots[at];
        if slot.holds(key) {
            let start = slot.start as usize;
            return self.items.get(start..start + usize::from(slot.count)).unwrap_or(&[]);
        }
        if self.items.len() >= self.item_limit {
            self.forget();
        }
        let start = self.items.len();
        make(&mut self.items);
        let count = self.items.len() - start;
        let (Ok(count), Ok(start32)) = (u16::try_from(count), u32::try_from(start)) else {
            // Too many items to point at: answered, not remembered.
            return self.items.get(start..).unwrap_or(&[]);
        };
        let mut remembered = Slot { len: key.len() as u8, count, start: start32, ..Slot::default() };
        remembered.key[..key.len()].copy_from_slice(key);
        self.slots[at] = remembered;
        self.items.get(start..).unwrap_or(&[])
    }

    fn forget(&mut self) {
        self.slots.fill(Slot::default());
        self.items.clear();
    }
}

/// The slot of a word (1 to [`KEY_BYTES`] bytes): its length and its first and last (up to)
/// eight bytes, mixed. Words of up to sixteen bytes, most Arabic words, are read whole.
#[inline]
fn slot_of(key: &[u8], bits: u32) -> usize {
    let (head, tail) = marsad_text::hash::head_and_tail(key);
    let mixed = (head.wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(29) ^ tail ^ key.len() as u64)
        .wrapping_mul(0xD6E8_FEB8_6659_FD93);
    (mixed >> (64 - bits)) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The items of a word: its bytes, one item each, so an answer shows whose it is.
    fn spell(key: &str, items: &mut Vec<u8>) {
        items.extend_from_slice(key.as_bytes());
    }

    #[test]
    fn every_answer_is_the_word_s_own_through_collisions_evictions_and_long_words() {
        // Two slots and a small arena: words keep taking each other's slots and the arena
        // is emptied again and again.
        let mut memo: Memo<u8> = Memo::new(1, 40);
        let words = ["قال", "الهجوم", "و", "مصادر", "x", "القوات الحكومية السورية", "قصف", "a"];
        for round in 0..50 {
            for (i, word) in words.iter().enumerate() {
                let word =
                    words[(i * 3 + round) % words.len()].to_string() + if round % 2 == 0 { "" } else { word };
                assert_eq!(memo.items(&word, |items| spell(&word, items)), word.as_bytes(), "{word}");
            }
        }
        assert!(memo.items.len() <= 40 + 2 * KEY_BYTES);
    }

    #[test]
    fn a_remembered_word_is_not_made_again_and_a_new_table_forgets() {
        let mut memo: Memo<u8> = Memo::new(8, 1000);
        memo.serve(1);
        assert_eq!(memo.items("قال", |items| items.push(1)), &[1]);
        assert_eq!(memo.items("قال", |_| panic!("made twice")), &[1]);
        memo.serve(2);
        assert_eq!(memo.items("قال", |items| items.push(2)), &[2]);
    }
}
