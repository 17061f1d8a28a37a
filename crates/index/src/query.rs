//! The query language, and its parser.
//!
//! ```text
//! query   = or
//! or      = and { "OR" and }
//! and     = unary { ["AND"] unary }          terms side by side are ANDed
//! unary   = "NOT" unary | "-" atom | atom
//! atom    = word | phrase | "(" or ")"
//! phrase  = '"' … '"'  (also « … » and “ … ”)
//! ```
//!
//! `AND`, `OR` and `NOT` are operators only in upper case; `-` negates the word, phrase or
//! group it is glued to. Words and phrases are analyzed like the articles
//! ([`crate::analyzer`]), so `الأمريكية` finds `أميركية`; a word that the analyzer reads as
//! several terms (`U.S.`) is a phrase, and one that gives no term (a lone `،`) is left out.
//!
//! A malformed query is a [`QueryError`] that says what is wrong and where (in characters);
//! the parser never panics, and bounds the nesting so that no input can exhaust the stack.

use thiserror::Error;

use crate::analyzer::Analyzer;

/// How deep parentheses and `NOT`s may nest.
const MAX_DEPTH: usize = 32;
/// The longest query accepted, in characters.
pub const MAX_QUERY_CHARS: usize = 2_000;

/// What is wrong with a query; `at` is a character offset into it.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum QueryError {
    #[error("the quotation mark at character {at} is never closed")]
    UnclosedQuote { at: usize },
    #[error("the parenthesis at character {at} is never closed")]
    UnclosedParen { at: usize },
    #[error("the closing parenthesis at character {at} has no opening one")]
    UnopenedParen { at: usize },
    #[error("the parentheses at character {at} hold nothing")]
    EmptyGroup { at: usize },
    #[error("{operator} at character {at} has nothing to work on")]
    MissingOperand { operator: &'static str, at: usize },
    #[error("the query nests deeper than {MAX_DEPTH} levels")]
    TooDeep,
    #[error("the query is longer than {MAX_QUERY_CHARS} characters")]
    TooLong,
}

/// A parsed query, its words already analyzed into terms.
#[derive(Debug, Clone, PartialEq)]
pub enum Query {
    /// Every article (the empty query, or a group of words that give no term).
    All,
    /// One term.
    Term(String),
    /// Terms in a row, each with its position relative to the first.
    Phrase(Vec<(usize, String)>),
    And(Vec<Query>),
    Or(Vec<Query>),
    Not(Box<Query>),
}

/// One lexical token of a query, with its character offset.
#[derive(Debug, Clone, PartialEq)]
enum Lexeme {
    Word(String),
    Phrase(String),
    Open,
    Close,
    And,
    Or,
    Not,
    /// `-` glued to what follows.
    Minus,
}

/// Characters that end a word of the query.
fn ends_word(c: char) -> bool {
    c.is_whitespace() || matches!(c, '(' | ')') || closing_quote(c).is_some()
}

/// For a character that opens a phrase, the one that closes it.
fn closing_quote(c: char) -> Option<char> {
    match c {
        '"' => Some('"'),
        '«' => Some('»'),
        '“' => Some('”'),
        _ => None,
    }
}

/// Cuts a query into lexemes.
fn lex(query: &str) -> Result<Vec<(usize, Lexeme)>, QueryError> {
    let chars: Vec<char> = query.chars().collect();
    let mut lexemes = Vec::new();
    let mut at = 0;
    while let Some(&c) = chars.get(at) {
        let start = at;
        if c.is_whitespace() {
            at += 1;
            continue;
        }
        let lexeme = match c {
            '(' => {
                at += 1;
                Lexeme::Open
            }
            ')' => {
                at += 1;
                Lexeme::Close
            }
            '-' if chars.get(at + 1).is_some_and(|&next| !next.is_whitespace()) => {
                at += 1;
                Lexeme::Minus
            }
            _ => match closing_quote(c) {
                Some(close) => {
                    let end = (at + 1..chars.len())
                        .find(|&i| chars[i] == close)
                        .ok_or(QueryError::UnclosedQuote { at })?;
                    at = end + 1;
                    Lexeme::Phrase(chars[start + 1..end].iter().collect())
                }
                None => {
                    at = (at..chars.len()).find(|&i| ends_word(chars[i])).unwrap_or(chars.len());
                    operator_or_word(chars[start..at].iter().collect())
                }
            },
        };
        lexemes.push((start, lexeme));
    }
    Ok(lexemes)
}

fn operator_or_word(word: String) -> Lexeme {
    match word.as_str() {
        "AND" => Lexeme::And,
        "OR" => Lexeme::Or,
        "NOT" => Lexeme::Not,
        _ => Lexeme::Word(word),
    }
}

/// A recursive-descent parser over the lexemes, analyzing words as it meets them.
struct Parser<'a> {
    lexemes: Vec<(usize, Lexeme)>,
    next: usize,
    depth: usize,
    analyzer: &'a mut Analyzer,
    /// The query's length in characters: where "the end" is.
    end: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Lexeme> {
        self.lexemes.get(self.next).map(|(_, lexeme)| lexeme)
    }

    /// The character offset of the next lexeme, or the end of the query.
    fn offset(&self) -> usize {
        self.lexemes.get(self.next).map_or(self.end, |(at, _)| *at)
    }

    fn bump(&mut self) -> Option<(usize, Lexeme)> {
        let lexeme = self.lexemes.get(self.next).cloned();
        self.next += 1;
        lexeme
    }

    fn descend(&mut self) -> Result<(), QueryError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(QueryError::TooDeep);
        }
        Ok(())
    }

    fn or(&mut self) -> Result<Query, QueryError> {
        let mut alternatives = vec![self.and()?];
        while self.peek() == Some(&Lexeme::Or) {
            let at = self.offset();
            self.bump();
            if !self.starts_operand() {
                return Err(QueryError::MissingOperand { operator: "OR", at });
            }
            alternatives.push(self.and()?);
        }
        Ok(if alternatives.len() == 1 { alternatives.remove(0) } else { Query::Or(alternatives) })
    }

    fn and(&mut self) -> Result<Query, QueryError> {
        let mut parts = vec![self.unary()?];
        loop {
            match self.peek() {
                Some(Lexeme::And) => {
                    let at = self.offset();
                    self.bump();
                    if !self.starts_operand() {
                        return Err(QueryError::MissingOperand { operator: "AND", at });
                    }
                }
                Some(Lexeme::Or | Lexeme::Close) | None => break,
                Some(_) => {}
            }
            parts.push(self.unary()?);
        }
        Ok(if parts.len() == 1 { parts.remove(0) } else { Query::And(parts) })
    }

    /// True when the next lexeme can start an operand (so an operator before it has one).
    fn starts_operand(&self) -> bool {
        matches!(
            self.peek(),
            Some(Lexeme::Word(_) | Lexeme::Phrase(_) | Lexeme::Open | Lexeme::Not | Lexeme::Minus)
        )
    }

    fn unary(&mut self) -> Result<Query, QueryError> {
        let at = self.offset();
        match self.peek() {
            Some(Lexeme::Not) => {
                self.bump();
                if !self.starts_operand() {
                    return Err(QueryError::MissingOperand { operator: "NOT", at });
                }
                self.descend()?;
                let negated = self.unary()?;
                self.depth -= 1;
                Ok(Query::Not(Box::new(negated)))
            }
            Some(Lexeme::Minus) => {
                self.bump();
                if !matches!(self.peek(), Some(Lexeme::Word(_) | Lexeme::Phrase(_) | Lexeme::Open)) {
                    return Err(QueryError::MissingOperand { operator: "-", at });
                }
                Ok(Query::Not(Box::new(self.atom()?)))
            }
            _ => self.atom(),
        }
    }

    fn atom(&mut self) -> Result<Query, QueryError> {
        let at = self.offset();
        match self.bump() {
            Some((_, Lexeme::Word(word))) => Ok(self.analyzed(&word)),
            Some((_, Lexeme::Phrase(phrase))) => Ok(self.analyzed(&phrase)),
            Some((_, Lexeme::Open)) => self.group(at),
            Some((_, Lexeme::Close)) => Err(QueryError::UnopenedParen { at }),
            Some((_, Lexeme::And)) => Err(QueryError::MissingOperand { operator: "AND", at }),
            Some((_, Lexeme::Or)) => Err(QueryError::MissingOperand { operator: "OR", at }),
            Some((_, Lexeme::Not | Lexeme::Minus)) | None => {
                Err(QueryError::MissingOperand { operator: "NOT", at })
            }
        }
    }

    /// A parenthesized group, after its opening parenthesis at `open`.
    fn group(&mut self, open: usize) -> Result<Query, QueryError> {
        match self.peek() {
            Some(Lexeme::Close) => return Err(QueryError::EmptyGroup { at: open }),
            None => return Err(QueryError::UnclosedParen { at: open }),
            _ => {}
        }
        self.descend()?;
        let inner = self.or()?;
        self.depth -= 1;
        match self.bump() {
            Some((_, Lexeme::Close)) => Ok(inner),
            _ => Err(QueryError::UnclosedParen { at: open }),
        }
    }

    /// A word or phrase as terms: one term, a phrase of several, or nothing.
    fn analyzed(&mut self, text: &str) -> Query {
        let mut terms = self.analyzer.terms(text);
        match terms.len() {
            0 => Query::All,
            1 => Query::Term(terms.remove(0).key),
            _ => Query::Phrase(terms.into_iter().map(|t| (t.position, t.key)).collect()),
        }
    }
}

/// Parses `query` with `analyzer`. The empty query (or one of words that give no term) is
/// [`Query::All`].
pub fn parse(query: &str, analyzer: &mut Analyzer) -> Result<Query, QueryError> {
    let end = query.chars().count();
    if end > MAX_QUERY_CHARS {
        return Err(QueryError::TooLong);
    }
    let lexemes = lex(query)?;
    if lexemes.is_empty() {
        return Ok(Query::All);
    }
    let mut parser = Parser { lexemes, next: 0, depth: 0, analyzer, end };
    let parsed = parser.or()?;
    if let Some((at, _)) = parser.lexemes.get(parser.next) {
        // Only a stray closing parenthesis stops the top level early.
        return Err(QueryError::UnopenedParen { at: *at });
    }
    Ok(simplify(parsed))
}

/// Drops the words that gave no term: `All` inside an AND adds nothing, and an OR with an
/// `All` among its alternatives matches everything.
fn simplify(query: Query) -> Query {
    match query {
        Query::And(parts) => {
            let parts: Vec<Query> =
                parts.into_iter().map(simplify).filter(|part| *part != Query::All).collect();
            match parts.len() {
                0 => Query::All,
                1 => parts.into_iter().next().unwrap_or(Query::All),
                _ => Query::And(parts),
            }
        }
        Query::Or(alternatives) => {
            let alternatives: Vec<Query> = alternatives.into_iter().map(simplify).collect();
            if alternatives.contains(&Query::All) {
                Query::All
            } else {
                Query::Or(alternatives)
            }
        }
        Query::Not(negated) => match simplify(*negated) {
            // NOT of nothing: the word was punctuation; it excludes nothing.
            Query::All => Query::All,
            negated => Query::Not(Box::new(negated)),
        },
        other => other,
    }
}

impl Query {
    /// The terms and phrases that a hit is highlighted on: those not under a `NOT`.
    pub fn highlighted(&self) -> Vec<Vec<(usize, String)>> {
        let mut found = Vec::new();
        self.collect_highlighted(&mut found);
        found
    }

    fn collect_highlighted(&self, found: &mut Vec<Vec<(usize, String)>>) {
        match self {
            Query::Term(key) => found.push(vec![(0, key.clone())]),
            Query::Phrase(terms) => found.push(terms.clone()),
            Query::And(parts) | Query::Or(parts) => {
                parts.iter().for_each(|part| part.collect_highlighted(found))
            }
            Query::All | Query::Not(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(query: &str) -> Result<Query, QueryError> {
        parse(query, &mut Analyzer::new())
    }

    fn term(word: &str) -> Query {
        Query::Term(Analyzer::new().terms(word).remove(0).key)
    }

    #[test]
    fn terms_side_by_side_are_anded() {
        assert_eq!(parsed("قصف بغداد").unwrap(), Query::And(vec![term("قصف"), term("بغداد")]));
        assert_eq!(parsed("قصف AND بغداد").unwrap(), parsed("قصف بغداد").unwrap());
    }

    #[test]
    fn or_binds_looser_than_and() {
        assert_eq!(
            parsed("قصف بغداد OR دمشق").unwrap(),
            Query::Or(vec![Query::And(vec![term("قصف"), term("بغداد")]), term("دمشق")])
        );
        assert_eq!(
            parsed("قصف (بغداد OR دمشق)").unwrap(),
            Query::And(vec![term("قصف"), Query::Or(vec![term("بغداد"), term("دمشق")])])
        );
    }

    #[test]
    fn not_and_minus_negate() {
        let expected = Query::And(vec![term("قصف"), Query::Not(Box::new(term("بغداد")))]);
        assert_eq!(parsed("قصف NOT بغداد").unwrap(), expected);
        assert_eq!(parsed("قصف -بغداد").unwrap(), expected);
        assert_eq!(parsed("-بغداد").unwrap(), Query::Not(Box::new(term("بغداد"))));
    }

    #[test]
    fn quoted_phrases_in_any_quote_marks() {
        let phrase = parsed("\"الجيش السوري\"").unwrap();
        assert!(matches!(&phrase, Query::Phrase(terms) if terms.len() == 2));
        assert_eq!(parsed("«الجيش السوري»").unwrap(), phrase);
        assert_eq!(parsed("“الجيش السوري”").unwrap(), phrase);
        assert_eq!(parsed("\"الجيش\"").unwrap(), term("الجيش"));
    }

    #[test]
    fn lower_case_operators_are_words() {
        assert_eq!(parsed("war or peace").unwrap(), Query::And(vec![term("war"), term("or"), term("peace")]));
    }

    #[test]
    fn empty_and_punctuation_queries_match_everything() {
        assert_eq!(parsed("").unwrap(), Query::All);
        assert_eq!(parsed("  ، . ").unwrap(), Query::All);
        assert_eq!(parsed("قصف ،").unwrap(), term("قصف"));
        assert_eq!(parsed("قصف -،").unwrap(), term("قصف"));
    }

    #[test]
    fn malformed_queries_are_typed_errors() {
        use QueryError::*;
        assert_eq!(parsed("\"الجيش السوري"), Err(UnclosedQuote { at: 0 }));
        assert_eq!(parsed("قصف (بغداد"), Err(UnclosedParen { at: 4 }));
        assert_eq!(parsed("قصف)"), Err(UnopenedParen { at: 3 }));
        assert_eq!(parsed("()"), Err(EmptyGroup { at: 0 }));
        assert_eq!(parsed("قصف AND"), Err(MissingOperand { operator: "AND", at: 4 }));
        assert_eq!(parsed("OR قصف"), Err(MissingOperand { operator: "OR", at: 0 }));
        assert_eq!(parsed("قصف NOT"), Err(MissingOperand { operator: "NOT", at: 4 }));
        assert_eq!(parsed("قصف OR OR دمشق"), Err(MissingOperand { operator: "OR", at: 4 }));
        assert_eq!(parsed(&"(".repeat(100)), Err(TooDeep));
        assert_eq!(parsed(&"NOT ".repeat(100)), Err(TooDeep));
        assert_eq!(parsed(&"ا ".repeat(MAX_QUERY_CHARS)), Err(TooLong));
    }

    #[test]
    fn errors_say_what_and_where() {
        let message = parsed("قصف (بغداد").unwrap_err().to_string();
        assert_eq!(message, "the parenthesis at character 4 is never closed");
    }

    #[test]
    fn highlights_skip_negated_terms() {
        let query = parsed("قصف -بغداد \"الجيش السوري\"").unwrap();
        let highlighted = query.highlighted();
        assert_eq!(highlighted.len(), 2);
        assert_eq!(highlighted[1].len(), 2);
    }
}
