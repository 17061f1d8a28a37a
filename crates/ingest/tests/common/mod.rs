//! What the ingest integration tests share: a temporary folder of inputs and the summary
//! of reading some of them, gzip, and the articles of a read.

use std::fs;
use std::io::Write;
use std::path::PathBuf;

use flate2::write::GzEncoder;
use flate2::Compression;
use marsad_ingest::{read_inputs, Problem, ReadOptions};
use marsad_model::Article;
use tempfile::TempDir;

/// A temporary folder of inputs, and the summary of reading some of them.
pub struct Fixture {
    pub dir: TempDir,
}

impl Fixture {
    pub fn new() -> Self {
        Fixture { dir: tempfile::tempdir().unwrap() }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Writes `bytes` to `name` (folders made as needed) and returns its path.
    pub fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, bytes).unwrap();
        path
    }

    pub fn read(&self, names: &[&str]) -> Vec<Result<Article, Problem>> {
        let paths: Vec<PathBuf> = names.iter().map(|name| self.path(name)).collect();
        let options = ReadOptions { default_published: Some("2018-05-01".into()) };
        read_inputs(&paths, &options).collect()
    }

    /// One line an item: `article ID` or the problem's message, with paths made relative.
    pub fn summary(&self, names: &[&str]) -> Vec<String> {
        let prefix = format!("{}/", self.dir.path().display());
        self.read(names)
            .iter()
            .map(|item| match item {
                Ok(article) => format!("article {}", article.id),
                Err(problem) => problem.to_string().replace(&prefix, ""),
            })
            .collect()
    }
}

pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

pub fn articles(items: Vec<Result<Article, Problem>>) -> Vec<Article> {
    items.into_iter().filter_map(Result::ok).collect()
}
