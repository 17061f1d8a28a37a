//! A whole input as the body of one article (`.txt` files, plain text on standard input).

use std::io::Read;
use std::path::Path;

use marsad_model::Article;

use crate::decode::decode_text;
use crate::head::Input;
use crate::problem::{Problem, ProblemKind};
use crate::Item;

/// Reads `input` whole (at most `limit` bytes) into one article with the given id.
///
/// `start` holds bytes already read from the input (the head read to sniff it).
pub(crate) fn read_text(
    path: &Path,
    id: String,
    start: Vec<u8>,
    input: Input,
    limit: u64,
    default_published: Option<&str>,
) -> Vec<Item> {
    let mut bytes = start;
    // One byte over the limit is enough to know the input is too large.
    let room = (limit + 1).saturating_sub(bytes.len() as u64);
    if let Err(error) = input.take(room).read_to_end(&mut bytes) {
        let reason = format!("read error ({error})");
        return vec![Err(Problem::skipped(path, None, ProblemKind::StreamBroken { reason }))];
    }
    if bytes.len() as u64 > limit {
        return vec![Err(Problem::skipped(path, None, ProblemKind::FileTooLarge { limit }))];
    }
    let (text, repair) = match decode_text(bytes) {
        Ok(decoded) => decoded,
        Err(kind) => return vec![Err(Problem::skipped(path, None, kind))],
    };
    if text.trim().is_empty() {
        return vec![Err(Problem::skipped(path, None, ProblemKind::Empty))];
    }
    let article =
        Article { id, published: default_published.map(str::to_string), text, ..Article::default() };
    match repair {
        Some(repair) => vec![Err(Problem::recovered(path, None, vec![repair])), Ok(article)],
        None => vec![Ok(article)],
    }
}
