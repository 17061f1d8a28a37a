//! A cheap hash for the engine's own word tables.
//!
//! The readers ask their tables about nearly every word of every article, where SipHash
//! (the standard library's default) would cost more than the rest of the test. The keys are
//! our own data, so hash flooding is no concern; the tables are only asked for membership,
//! so no iteration order reaches any output.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A multiply-rotate hash over the bytes of a key, eight bytes a step.
#[derive(Default)]
pub(crate) struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(SEED);
        }
        for &byte in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(byte)).wrapping_mul(SEED);
        }
    }
}

/// A set of keys hashed by [`KeyHasher`].
pub(crate) type KeySet<K> = HashSet<K, BuildHasherDefault<KeyHasher>>;
/// A map from keys hashed by [`KeyHasher`].
pub(crate) type KeyMap<K, V> = HashMap<K, V, BuildHasherDefault<KeyHasher>>;
