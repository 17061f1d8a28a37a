//! The matcher's automaton in a compact table: aho-corasick's DFA, re-laid out.
//!
//! aho-corasick builds the automaton (trie, failure links, the full DFA); this module only
//! copies its transitions into a smaller table, because the scan over every article's text
//! is bound by cache misses, not by instructions. The crate's DFA keeps a 4-byte state id
//! per transition and rounds each state's row up to a power of two (64 entries for the 41
//! classes of the lexicon's alphabet): ~12 MB, far more than the L2 cache. Here a row has
//! exactly one entry per class and a state id takes as few bytes as the state count allows
//! (two for the lexicon's ~47,000 states): ~4 MB. States are numbered breadth first from the
//! start, so the shallow states a scan spends most of its steps in share cache lines, and
//! match states come last, so "is this a match" is one comparison.

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, PatternID};
use std::collections::VecDeque;

/// A state id in the table: `u16` while the states fit, else `u32`.
pub trait Id: Copy + PartialEq {
    fn new(index: usize) -> Option<Self>;
    fn index(self) -> usize;
}

impl Id for u16 {
    #[inline]
    fn new(index: usize) -> Option<Self> {
        u16::try_from(index).ok()
    }
    #[inline]
    fn index(self) -> usize {
        usize::from(self)
    }
}

impl Id for u32 {
    #[inline]
    fn new(index: usize) -> Option<Self> {
        u32::try_from(index).ok()
    }
    #[inline]
    fn index(self) -> usize {
        self as usize
    }
}

/// A DFA over one-byte codes, with each code's class given by the caller.
#[derive(Debug, Clone)]
pub struct Dense<S> {
    /// `trans[state * stride + class]`: the next state.
    trans: Vec<S>,
    stride: usize,
    /// The class of each code.
    class: [u8; 256],
    start: S,
    /// States at or above this index are match states.
    first_match: usize,
    /// For match state `first_match + i`, its patterns: `matches[starts[i]..starts[i + 1]]`.
    starts: Vec<usize>,
    matches: Vec<PatternID>,
}

impl<S: Id> Dense<S> {
    /// The table of `dfa` (an unanchored DFA) for codes whose class is `class[code]`, each
    /// class below `classes` and `representative[class]` one code of it. None when the
    /// states do not fit in `S`.
    pub fn new(dfa: &DFA, class: [u8; 256], representative: &[u8]) -> Option<Self> {
        let start = dfa.start_state(Anchored::No).ok()?;
        let order = breadth_first(dfa, start, representative);
        // Match states last, each part in breadth-first order.
        let (plain, matching): (Vec<StateID>, Vec<StateID>) =
            order.into_iter().partition(|&sid| !dfa.is_match(sid));
        let first_match = plain.len();
        let numbered: Vec<StateID> = plain.into_iter().chain(matching).collect();
        let index_of: std::collections::HashMap<StateID, usize> =
            numbered.iter().enumerate().map(|(index, &sid)| (sid, index)).collect();
        S::new(numbered.len().saturating_sub(1))?;
        let stride = representative.len();
        let mut trans = Vec::with_capacity(numbered.len() * stride);
        for &sid in &numbered {
            for &code in representative {
                let next = index_of.get(&dfa.next_state(Anchored::No, sid, code)).copied()?;
                trans.push(S::new(next)?);
            }
        }
        let (mut starts, mut matches) = (vec![0], Vec::new());
        for &sid in &numbered[first_match..] {
            matches.extend((0..dfa.match_len(sid)).map(|index| dfa.match_pattern(sid, index)));
            starts.push(matches.len());
        }
        let start = S::new(*index_of.get(&start)?)?;
        Some(Dense { trans, stride, class, start, first_match, starts, matches })
    }

    /// The state after `state` reads `code`.
    #[inline]
    pub fn next(&self, state: S, code: u8) -> S {
        let class = usize::from(self.class[usize::from(code)]);
        // In bounds for every state the table hands out and every class below the stride.
        self.trans.get(state.index() * self.stride + class).copied().unwrap_or(state)
    }

    /// True when `state` ends a pattern.
    #[inline]
    pub fn is_match(&self, state: S) -> bool {
        state.index() >= self.first_match
    }

    /// The patterns match state `state` ends, in the order the DFA lists them.
    pub fn matches(&self, state: S) -> &[PatternID] {
        let Some(offset) = state.index().checked_sub(self.first_match) else { return &[] };
        let (Some(&from), Some(&to)) = (self.starts.get(offset), self.starts.get(offset + 1)) else {
            return &[];
        };
        self.matches.get(from..to).unwrap_or(&[])
    }
}

/// Streams a text is cut into for [`Dense::match_ends`].
const STREAMS: usize = 4;

/// The shortest stretch worth a stream of its own: shorter texts are read in one stream.
/// Any length gives the same ends; this one only keeps the catch-up of each stretch (a few
/// codes, usually) small next to the stretch.
const MIN_STRETCH: usize = 64;

impl<S: Id> Dense<S> {
    /// Every position of `codes` where a pattern ends, with the match state there, in order.
    ///
    /// Each step waits for the load of the last one, and a state's row is often not in the
    /// cache: a scan is a chain of loads. So a text is read as [`STREAMS`] stretches at once,
    /// stepped in turn in registers, and their loads overlap. Each stretch starts from the
    /// start state, so until it has read a whole pattern's length its state may be shallower
    /// than a scan from the text's start would have it. An unanchored automaton's state is the
    /// longest pattern prefix the text read ends with, so the two agree from the first
    /// position where they meet: each stretch's beginning is then read again from the exact
    /// state at the end of the stretch before ([`Dense::catch_up`]) until the states meet,
    /// and the ends found there replace the stretch's own.
    pub fn match_ends(&self, codes: &[u8], ends: &mut Vec<(usize, S)>) {
        let part = codes.len() / STREAMS;
        if part < MIN_STRETCH {
            self.match_ends_from(codes, 0, self.start, ends);
            return;
        }
        let (first, rest) = codes.split_at(part);
        let (second, rest) = rest.split_at(part);
        let (third, fourth) = rest.split_at(part);
        let mut states = [self.start; STREAMS];
        let mut found: [Vec<(usize, S)>; STREAMS - 1] = std::array::from_fn(|_| Vec::with_capacity(part / 8));
        let mut at = 0;
        while let Some(stepped) = self.step_to_match([first, second, third, fourth], &mut at, &mut states) {
            self.push_matches(stepped, at, part, ends, &mut found);
            at += 1;
        }
        // The last stretch holds the remainder of the division: up to three codes more.
        let [s0, s1, s2, s3] = states;
        let mut last_found = std::mem::take(&mut found[2]);
        let s3 = self.match_ends_from(fourth.get(part..).unwrap_or(&[]), 4 * part, s3, &mut last_found);
        found[2] = last_found;
        let ends_of_stretch = [s1, s2, s3];
        let mut exact = s0;
        for (k, stretch_found) in found.iter().enumerate() {
            let from = (k + 1) * part;
            let to = if k + 1 == STREAMS - 1 { codes.len() } else { from + part };
            let stretch = codes.get(from..to).unwrap_or(&[]);
            let end_state = ends_of_stretch.get(k).copied().unwrap_or(self.start);
            exact = self.catch_up(stretch, from, exact, stretch_found, end_state, ends);
        }
    }

    /// Steps the four streams from step `at` (their states `states`) to the first step that
    /// leaves one of them in a match state, and returns the four states after it; `at` is
    /// left at that step. None, `at` at the end, when the stretches end first.
    ///
    /// Out of line on purpose: the loop calls nothing, so the compiler keeps the four states,
    /// the four stretches and the table in registers. Inlined, with the push of the matches
    /// (which may grow a vector) in its body, they were stored to the stack and loaded again
    /// at every step, some 61 instructions a step where this takes about 47.
    #[inline(never)]
    fn step_to_match(
        &self,
        [first, second, third, fourth]: [&[u8]; STREAMS],
        at: &mut usize,
        states: &mut [S; STREAMS],
    ) -> Option<[S; STREAMS]> {
        let [mut s0, mut s1, mut s2, mut s3] = *states;
        let len = first.len().min(second.len()).min(third.len()).min(fourth.len());
        let mut step = *at;
        let stepped = loop {
            if step >= len {
                break None;
            }
            s0 = self.next(s0, first[step]);
            s1 = self.next(s1, second[step]);
            s2 = self.next(s2, third[step]);
            s3 = self.next(s3, fourth[step]);
            // One test for the four in the common case: no stream is in a match state.
            let deepest = s0.index().max(s1.index()).max(s2.index()).max(s3.index());
            if deepest >= self.first_match {
                break Some([s0, s1, s2, s3]);
            }
            step += 1;
        };
        *at = step;
        *states = [s0, s1, s2, s3];
        stepped
    }

    /// Records the match states among the four streams' states after step `at`.
    fn push_matches(
        &self,
        states: [S; STREAMS],
        at: usize,
        part: usize,
        ends: &mut Vec<(usize, S)>,
        found: &mut [Vec<(usize, S)>; STREAMS - 1],
    ) {
        let [s0, rest @ ..] = states;
        if self.is_match(s0) {
            ends.push((at + 1, s0));
        }
        for (k, (state, list)) in rest.into_iter().zip(found.iter_mut()).enumerate() {
            if self.is_match(state) {
                list.push(((k + 1) * part + at + 1, state));
            }
        }
    }

    /// Reads `stretch` (starting at `from` in the text) again from `exact`, the exact state
    /// before it, beside a scan from the start state, until the two meet; from there the
    /// stretch's own ends `found` are exact. Appends the stretch's exact ends to `ends` and
    /// returns the exact state at its end (`end_state`, the stretch's own, once they met).
    fn catch_up(
        &self,
        stretch: &[u8],
        from: usize,
        exact: S,
        found: &[(usize, S)],
        end_state: S,
        ends: &mut Vec<(usize, S)>,
    ) -> S {
        let (mut state, mut own) = (exact, self.start);
        for (offset, &code) in stretch.iter().enumerate() {
            state = self.next(state, code);
            own = self.next(own, code);
            let end = from + offset + 1;
            if state == own {
                // From this end on the stretch's own ends are the exact ones.
                let kept = found.partition_point(|&(found_end, _)| found_end < end);
                ends.extend_from_slice(found.get(kept..).unwrap_or(&[]));
                return end_state;
            }
            if self.is_match(state) {
                ends.push((end, state));
            }
        }
        state
    }

    /// The ends in `codes` (starting at `from` in the text) read from `state`, in one stream;
    /// returns the state at the end.
    fn match_ends_from(&self, codes: &[u8], from: usize, mut state: S, ends: &mut Vec<(usize, S)>) -> S {
        for (at, &code) in codes.iter().enumerate() {
            state = self.next(state, code);
            if self.is_match(state) {
                ends.push((from + at + 1, state));
            }
        }
        state
    }
}

/// Every state reachable from `start`, breadth first.
fn breadth_first(dfa: &DFA, start: StateID, representative: &[u8]) -> Vec<StateID> {
    let mut seen = std::collections::HashSet::from([start]);
    let mut queue = VecDeque::from([start]);
    let mut order = Vec::new();
    while let Some(sid) = queue.pop_front() {
        order.push(sid);
        for &code in representative {
            let next = dfa.next_state(Anchored::No, sid, code);
            if seen.insert(next) {
                queue.push_back(next);
            }
        }
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::automaton::Automaton;
    use aho_corasick::{MatchKind, StartKind};
    use proptest::prelude::*;

    /// Codes 1 to 4 in patterns of up to five codes; code 0 in none.
    fn table() -> (DFA, Dense<u16>) {
        table_of(&[&[1, 2], &[2, 3, 4], &[1, 2, 3, 4, 1], &[4], &[3, 3, 3]])
    }

    fn table_of(patterns: &[&[u8]]) -> (DFA, Dense<u16>) {
        let dfa = DFA::builder()
            .match_kind(MatchKind::Standard)
            .start_kind(StartKind::Unanchored)
            .build(patterns)
            .unwrap();
        let mut class = [0u8; 256];
        for code in 1..=4u8 {
            class[usize::from(code)] = code;
        }
        let dense = Dense::new(&dfa, class, &[0, 1, 2, 3, 4]).unwrap();
        (dfa, dense)
    }

    /// A pattern longer than a stretch, in a text that repeats it: a stretch's scan from the
    /// start state meets the exact one only after more than a stretch.
    #[test]
    fn a_stretch_shorter_than_a_pattern_is_read_again_whole() {
        let long: Vec<u8> = [1, 2].repeat(60);
        let (_, dense) = table_of(&[&long, &[2, 1, 2]]);
        for len in [250, 300, 301, 600] {
            let text: Vec<u8> = [1, 2].repeat(400).into_iter().take(len).collect();
            let mut ends = Vec::new();
            dense.match_ends(&text, &mut ends);
            let mut expected = Vec::new();
            dense.match_ends_from(&text, 0, dense.start, &mut expected);
            assert_eq!(ends, expected, "{len}");
        }
    }

    #[test]
    fn stretches_find_what_one_scan_of_the_crate_s_dfa_finds() {
        let (dfa, dense) = table();
        // A pseudo-random text over the five codes, a few hundred long.
        let codes: Vec<u8> = (0u32..700).map(|i| ((i * 7 + i / 3 + i * i / 11) % 5) as u8).collect();
        for len in [0, 1, 5, 17, 300, 700] {
            let text = &codes[..len];
            let mut ends = Vec::new();
            dense.match_ends(text, &mut ends);
            let found: Vec<(usize, Vec<PatternID>)> =
                ends.iter().map(|&(end, state)| (end, dense.matches(state).to_vec())).collect();
            let mut expected = Vec::new();
            let mut state = dfa.start_state(Anchored::No).unwrap();
            for (at, &code) in text.iter().enumerate() {
                state = dfa.next_state(Anchored::No, state, code);
                if dfa.is_match(state) {
                    let ids = (0..dfa.match_len(state)).map(|i| dfa.match_pattern(state, i)).collect();
                    expected.push((at + 1, ids));
                }
            }
            assert_eq!(found, expected, "{len}");
        }
    }

    /// A text over codes 0 to 4 (0 in no pattern), with runs of the patterns' codes.
    fn texts() -> impl Strategy<Value = Vec<u8>> {
        proptest::collection::vec(0u8..5, 0..1500)
    }

    proptest! {
        /// However a text is cut into stretches, and wherever their scans meet the exact
        /// one, the ends are those of one scan from the start.
        #[test]
        fn stretches_find_what_one_stream_finds(text in texts()) {
            let (_, dense) = table();
            let mut ends = Vec::new();
            dense.match_ends(&text, &mut ends);
            let mut expected = Vec::new();
            dense.match_ends_from(&text, 0, dense.start, &mut expected);
            prop_assert_eq!(ends, expected);
        }
    }
}
