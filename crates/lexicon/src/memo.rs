//! A bounded memo of what a table says about each word, for readers that ask about every
//! word of every article: the cue index plans a word's readings once and reads the plan from
//! here after.
//!
//! Words repeat heavily (a few thousand make most of the news), so a table of slots with the
//! word's bytes inline answers most words in one cache line, where a hash map with boxed keys
//! costs a miss for the bucket and another for the key. A word may sit in either slot of its
//! set (two slots, one cache line): with one slot a word, two frequent words that hashed
//! alike took the slot from each other, and one word in twelve was planned again. A new word
//! takes the set's first slot and moves the word there to the second, so the word the set saw
//! last stays. Each slot points into one arena of items, so a word's answer is one contiguous
//! run; the arena is emptied with every slot when it reaches its bound, so memory stays
//! bounded on any corpus. Answers depend on the word alone, so a remembered answer is the
//! answer, whatever was remembered before.

use marsad_text::hash::head_and_tail;

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
    /// Whether the slot holds `key`, whose [`head_and_tail`] is `words`: the same length, the
    /// same first and last eight bytes (all of a word of up to sixteen bytes, and exact below
    /// eight) and, for a longer word, the same eight bytes after the first eight. A few
    /// comparisons of words, where comparing the slices called `memcmp`.
    #[inline]
    fn holds(&self, key: &[u8], words: (u64, u64)) -> bool {
        let len = key.len();
        usize::from(self.len) == len
            && self.key.get(..len).map(head_and_tail) == Some(words)
            && (len <= 16 || self.key.get(8..16) == key.get(8..16))
    }
}

/// The slots a word may sit in, the most recent first: one cache line.
#[derive(Debug, Clone, Copy, Default)]
#[repr(align(64))]
struct Set {
    slots: [Slot; 2],
}

/// The memo: remembered words, for the table `identity` names.
#[derive(Debug)]
pub struct Memo<T> {
    identity: u64,
    sets: Box<[Set]>,
    /// log2 of the number of sets.
    set_bits: u32,
    items: Vec<T>,
    /// The arena is emptied when it holds this many items.
    item_limit: usize,
    /// The items of the last word too long to remember.
    scratch: Vec<T>,
}

impl<T: Copy> Memo<T> {
    /// A memo of 2^`slot_bits` slots (two a set) whose arena holds about `item_limit` items.
    pub fn new(slot_bits: u32, item_limit: usize) -> Self {
        let set_bits = slot_bits.clamp(1, 24) - 1;
        Memo {
            identity: 0,
            sets: vec![Set::default(); 1 << set_bits].into_boxed_slice(),
            set_bits,
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
    #[inline]
    pub fn items(&mut self, key: &str, make: impl FnOnce(&mut Vec<T>)) -> &[T] {
        let key = key.as_bytes();
        if key.is_empty() || key.len() > KEY_BYTES {
            self.scratch.clear();
            make(&mut self.scratch);
            return &self.scratch;
        }
        let words = head_and_tail(key);
        let at = set_of(key, words, self.set_bits);
        let held = self.sets.get(at).and_then(|set| set.slots.iter().find(|slot| slot.holds(key, words)));
        if let Some(&Slot { start, count, .. }) = held {
            let start = start as usize;
            return self.items.get(start..start + usize::from(count)).unwrap_or(&[]);
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
        if let Some(set) = self.sets.get_mut(at) {
            // After a forget above, the set is empty and its empty first slot moves on.
            set.slots = [remembered, set.slots[0]];
        }
        self.items.get(start..).unwrap_or(&[])
    }

    fn forget(&mut self) {
        self.sets.fill(Set::default());
        self.items.clear();
    }
}

/// The set of a word (1 to [`KEY_BYTES`] bytes): its length and its first and last (up to)
/// eight bytes (`head_and_tail(key)`), mixed. Words of up to sixteen bytes, most Arabic words, are read whole.
#[inline]
fn set_of(key: &[u8], (head, tail): (u64, u64), bits: u32) -> usize {
    let mixed = (head.wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(29) ^ tail ^ key.len() as u64)
        .wrapping_mul(0xD6E8_FEB8_6659_FD93);
    // No bits (a memo of one set): every word in set 0.
    mixed.checked_shr(64 - bits).unwrap_or(0) as usize
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
    fn words_alike_at_both_ends_are_told_apart() {
        // One set: every word shares it. Words of 9 to 24 bytes that differ only inside.
        let mut memo: Memo<u8> = Memo::new(1, 1000);
        let words: Vec<String> = (9..=24)
            .flat_map(|len| (0..len).map(move |at| (len, at)))
            .flat_map(|(len, at)| {
                ["a", "b"].map(|c| format!("{}{c}{}", "x".repeat(at), "x".repeat(len - at - 1)))
            })
            .collect();
        for _ in 0..2 {
            for word in &words {
                assert_eq!(memo.items(word, |items| spell(word, items)), word.as_bytes(), "{word}");
                assert_eq!(memo.items(word, |_| panic!("made twice")), word.as_bytes(), "{word}");
            }
        }
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
