//! Folders to the input files inside them, and file names to the format they hold.
//!
//! A folder is read recursively in byte-wise path order, so a run over the same folder always
//! sees articles in the same order. Hidden files and folders (`.git`, `.DS_Store`) are left out,
//! and so are files of other formats, which a folder of data often holds beside its articles.

use std::collections::HashSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::problem::{Problem, ProblemKind};

/// The formats marsad reads, told by file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Text,
    Jsonl,
    Html,
    /// `.xml`: TREC `<DOC>` documents or a feed, told apart by the first tag.
    Xml,
    Trec,
    Feed,
    Warc,
}

/// Known extensions; each may be followed by `.gz`.
const EXTENSIONS: [(&str, Format); 11] = [
    (".jsonl", Format::Jsonl),
    (".ndjson", Format::Jsonl),
    (".txt", Format::Text),
    (".html", Format::Html),
    (".htm", Format::Html),
    (".xml", Format::Xml),
    (".sgml", Format::Trec),
    (".trec", Format::Trec),
    (".rss", Format::Feed),
    (".atom", Format::Feed),
    (".warc", Format::Warc),
];

/// What a file name says: the format, whether it is gzipped, and the stem before the extension.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Named {
    pub format: Format,
    pub gzip: bool,
    pub stem: String,
}

/// The format of a file by its extension (any letter case), with the name's stem before it.
pub(crate) fn format_of(path: &Path) -> Option<Named> {
    let name = path.file_name()?.to_string_lossy();
    let (name, gzip) = match strip_suffix_ignore_case(&name, ".gz") {
        Some(inner) => (inner, true),
        None => (&*name, false),
    };
    EXTENSIONS.iter().find_map(|(extension, format)| {
        let stem = strip_suffix_ignore_case(name, extension)?;
        Some(Named { format: *format, gzip, stem: stem.to_string() })
    })
}

fn strip_suffix_ignore_case<'a>(name: &'a str, suffix: &str) -> Option<&'a str> {
    let stem_len = name.len().checked_sub(suffix.len())?;
    let found = name.get(stem_len..)?;
    found.eq_ignore_ascii_case(suffix).then(|| &name[..stem_len])
}

/// One result of a folder walk: a file to read, or a part of the folder that could not be read.
pub(crate) enum Found {
    File(PathBuf),
    Problem(Problem),
}

impl Found {
    fn path(&self) -> &Path {
        match self {
            Found::File(path) => path,
            Found::Problem(problem) => &problem.path,
        }
    }
}

/// The input files under `root`, with the problems met, all in byte-wise path order.
pub(crate) fn walk(root: &Path) -> Vec<Found> {
    let mut found = Vec::new();
    let mut visited = HashSet::new();
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        // Following a symlinked folder is useful; `visited` stops a link that loops back.
        if let Ok(real) = fs::canonicalize(&folder) {
            if !visited.insert(real) {
                continue;
            }
        }
        if let Err(error) = list_folder(&folder, &mut folders, &mut found) {
            let reason = describe_io_error(&error);
            found.push(Found::Problem(Problem::skipped(
                &folder,
                None,
                ProblemKind::CannotReadFolder { reason },
            )));
        }
    }
    found.sort_by(|a, b| {
        let a = a.path().as_os_str().as_encoded_bytes();
        a.cmp(b.path().as_os_str().as_encoded_bytes())
    });
    found
}

/// Adds the input files of one folder to `found` and its sub-folders to `folders`.
fn list_folder(folder: &Path, folders: &mut Vec<PathBuf>, found: &mut Vec<Found>) -> io::Result<()> {
    for entry in fs::read_dir(folder)? {
        let entry = entry?;
        if entry.file_name().as_encoded_bytes().starts_with(b".") {
            continue;
        }
        let path = entry.path();
        match fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => folders.push(path),
            Ok(meta) if meta.is_file() && format_of(&path).is_some() => found.push(Found::File(path)),
            Ok(_) => {}
            // A broken link named like an input was meant to be read: say so.
            Err(error) if format_of(&path).is_some() => {
                let reason = describe_io_error(&error);
                found.push(Found::Problem(Problem::skipped(&path, None, ProblemKind::CannotOpen { reason })));
            }
            Err(_) => {}
        }
    }
    Ok(())
}

/// An I/O error in a few plain words, without the OS error number.
pub(crate) fn describe_io_error(error: &io::Error) -> String {
    match error.kind() {
        io::ErrorKind::NotFound => "no such file or folder".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => error.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_told_by_extension_in_any_case() {
        let of = |name: &str| format_of(Path::new(name)).map(|n| (n.format, n.gzip, n.stem));
        assert_eq!(of("a/x.jsonl.gz"), Some((Format::Jsonl, true, "x".into())));
        assert_eq!(of("x.NDJSON"), Some((Format::Jsonl, false, "x".into())));
        assert_eq!(of("000_c7e5.txt"), Some((Format::Text, false, "000_c7e5".into())));
        assert_eq!(of("أخبار.Txt"), Some((Format::Text, false, "أخبار".into())));
        assert_eq!(of("page.HTM.gz"), Some((Format::Html, true, "page".into())));
        assert_eq!(of("crawl-1.warc.gz"), Some((Format::Warc, true, "crawl-1".into())));
        assert_eq!(of("afp.sgml"), Some((Format::Trec, false, "afp".into())));
        assert_eq!(of("x.json.gz"), None);
        assert_eq!(of("x.gz"), None);
        assert_eq!(of("README"), None);
    }
}
