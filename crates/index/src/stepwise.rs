//! A query wrapper whose documents are only ever sought forward with a plain `seek`.
//!
//! tantivy excludes a `NOT` clause's documents with `seek_danger`, which lets a scorer stop in
//! an "invalid" position past the next target. Its phrase scorer then checks, in debug builds
//! only, that each target lies at or after that position, and panics when the phrase's words
//! occur in a document apart (`-"U S"` over a text holding "S U"). A negated clause wrapped here
//! answers `seek_danger` the way tantivy's default does, from a valid position, so the same
//! documents are excluded in every build.

use tantivy::query::{EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::{DocId, DocSet, Score, SegmentReader};

/// `inner`, sought forward one valid step at a time.
#[derive(Debug)]
pub(crate) struct Stepwise(pub(crate) Box<dyn Query>);

impl Clone for Stepwise {
    fn clone(&self) -> Self {
        Stepwise(self.0.box_clone())
    }
}

impl Query for Stepwise {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(StepwiseWeight(self.0.weight(enable_scoring)?)))
    }
}

struct StepwiseWeight(Box<dyn Weight>);

impl Weight for StepwiseWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        Ok(Box::new(StepwiseScorer(self.0.scorer(reader, boost)?)))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        self.0.explain(reader, doc)
    }
}

/// Forwards everything but `seek_danger`, which keeps tantivy's default: seek when behind.
struct StepwiseScorer(Box<dyn Scorer>);

impl DocSet for StepwiseScorer {
    fn advance(&mut self) -> DocId {
        self.0.advance()
    }

    fn seek(&mut self, target: DocId) -> DocId {
        self.0.seek(target)
    }

    fn doc(&self) -> DocId {
        self.0.doc()
    }

    fn size_hint(&self) -> u32 {
        self.0.size_hint()
    }
}

impl Scorer for StepwiseScorer {
    fn score(&mut self) -> Score {
        self.0.score()
    }
}
