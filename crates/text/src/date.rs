//! Dates: the expressions that fix a calendar day, month or year, resolved against the
//! article's publication date.
//!
//! [`find_dates`] reads a tokenized text and reports every date with its value, written
//! `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. A year it cannot know (no publication date to count
//! from) is `XXXX`: `XXXX-11-16`, `XXXX-07`; an expression that only means something against
//! the publication date (`اليوم`, `الخميس`, `قبل يومين`, `منذ عام`) is plain `XXXX` without one.
//! It reads
//!
//! - weekdays, alone or after `يوم` or a part of the day (`الخميس`, `يوم الأربعاء`, `صباح الخميس`,
//!   `مساء الأحد`): the day of that name on or before publication; with `الماضي` strictly
//!   before it, with `المقبل`/`القادم` strictly after it; a date written after the weekday
//!   (`الخميس 12 نيسان`) decides;
//! - days counted from publication: `اليوم`, `أمس`, `الأمس`, `البارحة`, `أول أمس`, `غداً`,
//!   `بعد غد`, `الليلة الماضية`, `مساء أمس`, `فجر اليوم`, `قبل يومين`, `قبل 3 أيام`; when the
//!   text names the day it means right after (`غدا الاثنين`, `اليوم (الخميس)`, a quoted
//!   `اليوم (أمس)`), that day wins: articles are often dated the day after they were written;
//! - a day of a month: `13 مارس`, `الـ10 من سبتمبر`, `في السادس عشر من تشرين الثاني`,
//!   `الحادي والعشرين من أيار 2017`, `10 من الشهر الجاري`, and each day of `8 و12 أيلول`;
//!   without a year or relation, only where something before it vouches for a date (a
//!   preposition of time, an event like `تفجيرات`, punctuation, a date joined by و): `قوى 14
//!   آذار` and `مدرسة 7 يوليو` are names;
//! - a month: `في تموز الماضي`, `شباط/فبراير الفائت`, `يونيو / حزيران 2017`, `أيار من العام
//!   الماضي`, in the Levantine, Egyptian, Maghrebi (with the Moroccan spellings) and Hijri
//!   series; two series naming one month side by side are one mention; a month of a list takes
//!   the year stated after the list (`يناير وفبراير من العام الماضي`); `حرب تموز`, `ثورة يوليو`
//!   are names;
//! - a year: `عام 2015`, `في العام 2015`, `سنة 2014`, `في 2015`, `2015م`, `1439 هـ`,
//!   `العام الماضي`, `هذا العام`, `منذ عام`, `قبل عامين`; the second year of `عامي 2014 و2016`;
//! - numeric dates, day first as Arabic writes them unless the year comes first:
//!   `10/9/2017`, `10.9.2017`, `2017-09-10`.
//!
//! A month or day without a year falls on its latest occurrence on or before publication (news
//! reports the past), also with `الماضي`/`الفائت`/`المنصرم`; with `المقبل`/`القادم` on its next
//! occurrence after it; with `الجاري`/`الحالي` in the year of publication. Hijri dates are
//! converted with the tabular Islamic calendar; a Hijri month alone gives the Gregorian month of
//! its 15th day, a Hijri year the Gregorian year of its middle.
//!
//! What is not a date is left alone: durations (`منذ شهر`, `لمدة عام`, `خلال الساعات الـ24
//! الماضية`, `الأسبوع الماضي`, `الأيام الماضية`), `يوم` alone, `اليوم` as "the day" (`اليوم
//! التالي`, `اليوم الأول`, `ذلك اليوم`, the channel `"روسيا اليوم"`), `الأمس القريب` ("the recent
//! past"), `الاثنين` as "the two" (`الأطراف الاثنين`, `الاثنين من`, `كلا الاثنين`), `الأحد عشر`,
//! `العام` as "general" (`الأمين العام الحالي`), month names that are also common words (`مارس`
//! the verb, `آب` "father", `رمضان` the name, `صفر` "zero") unless a day, a year, `شهر`, a
//! preposition of time or the other series' name vouches for them, and four-digit numbers that
//! count something (`في 2000 غارة`).
//!
//! Spans cover the expression from its first word (a lead like `يوم` or `صباح` included, a
//! proclitic on it left out: `وأمس` → `أمس`) to its last (a relation or year included), never
//! trailing punctuation. Words are matched on their [`fold_key`] forms, so the tables below are
//! written folded. Only words that may begin a date are looked at closely.

use std::sync::OnceLock;

use crate::fold::{byte_after_letters, fold, fold_char, fold_key, is_dropped};
use crate::hash::{KeyFilter, KeyMap, KeySet};
use crate::number::find_quantities_in;
use crate::token::{is_digit, KeyedTokens, Token, TokenKind};

/// A calendar date in the text: byte range in the original and its resolved value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, with `XXXX` for a year that cannot be resolved.
    pub value: String,
}

/// Finds the dates of `text`, given its tokens (from [`crate::token::tokenize`]), in order and
/// without overlap. `published` is the article's publication date (year, month, day), when
/// known; an impossible one counts as unknown.
pub fn find_dates(text: &str, tokens: &[Token], published: Option<(i32, u32, u32)>) -> Vec<DateMention> {
    let folded = fold(text);
    find_dates_in(&KeyedTokens::new(text, tokens, &folded), published)
}

/// Finds the dates of a text from its keyed tokens, which the quantity reader shares: in order
/// and without overlap. `published` as for [`find_dates`].
pub fn find_dates_in(words: &KeyedTokens, published: Option<(i32, u32, u32)>) -> Vec<DateMention> {
    let text = words.text;
    let anchor = published.and_then(|(year, month, day)| Civil::checked(year.into(), month, day));
    let reader = Reader { words, anchor };
    let mut found: Vec<DateMention> = Vec::new();
    let mut previous = None;
    let filter = date_beginning_filter();
    let mut index = 0;
    loop {
        index = reader.next_may_date(index, filter);
        if index >= words.tokens.len() {
            break;
        }
        let Some(date) = reader.date_at(index, previous) else {
            index += 1;
            continue;
        };
        for (start, end) in date.spans() {
            if keeps_promises(text, found.last(), start, end) {
                let value = date.value.render();
                found.push(DateMention { start, end, value });
            }
        }
        previous = Some(Previous { next: date.next, is_year: matches!(date.value, Value::Year(Some(_))) });
        index = date.next.max(index + 1);
    }
    found
}

/// Keeps the promises of the output (ranges on char boundaries, ascending, disjoint) even when
/// the tokens do not come from this text.
fn keeps_promises(text: &str, last: Option<&DateMention>, start: usize, end: usize) -> bool {
    start < end && start >= last.map_or(0, |m| m.end) && text.get(start..end).is_some()
}

// ----------------------------------------------------------------------------------------
// Values
// ----------------------------------------------------------------------------------------

/// A date of the proleptic Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Civil {
    year: i64,
    month: u32,
    day: u32,
}

impl Civil {
    /// A real date of a year that stays four digits a year either side, which is all a
    /// publication date can be.
    fn checked(year: i64, month: u32, day: u32) -> Option<Self> {
        let real = (1100..=9800).contains(&year)
            && (1..=12).contains(&month)
            && (1..=days_in_month(year, month)).contains(&day);
        real.then_some(Civil { year, month, day })
    }

    fn days(self) -> i64 {
        days_from_civil(self.year, self.month, self.day)
    }
}

/// A resolved date, at the precision the text gives; `None` years are unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Value {
    Day { year: Option<i64>, month: u32, day: u32 },
    Month { year: Option<i64>, month: u32 },
    Year(Option<i64>),
}

/// What a relative expression is worth without a publication date.
const UNKNOWN: Value = Value::Year(None);

impl Value {
    fn day(date: Civil) -> Self {
        Value::Day { year: Some(date.year), month: date.month, day: date.day }
    }

    fn render(self) -> String {
        let year = |year: Option<i64>| match year {
            Some(year) if (1000..=9999).contains(&year) => year.to_string(),
            _ => "XXXX".to_string(),
        };
        match self {
            Value::Day { year: y, month, day } => format!("{}-{month:02}-{day:02}", year(y)),
            Value::Month { year: y, month } => format!("{}-{month:02}", year(y)),
            Value::Year(y) => year(y),
        }
    }
}

/// Which occurrence of a month, weekday or year the text means, relative to publication.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Relation {
    /// `الماضي`, `الفائت`, `المنصرم`.
    Past,
    /// `المقبل`, `القادم`.
    Next,
    /// `الجاري`, `الحالي`.
    Current,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Calendar {
    Gregorian,
    Hijri,
}

/// The month of a day-month expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MonthRef {
    /// A month by name.
    Named(Calendar, u32),
    /// `الشهر الماضي` (-1), `الشهر الجاري` (0), `الشهر المقبل` (+1).
    Shifted(i64),
}

/// What the text says of the year of a month or day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum YearSpec {
    /// Nothing: the latest occurrence on or before publication.
    Unstated,
    /// A year in the month's calendar: `أيار 2017`, `رمضان 1439`.
    Explicit(i64),
    /// Years from the year of publication: `من العام الماضي` (-1).
    Shifted(i64),
    /// `الماضي`, `المقبل`, `الجاري` after the month.
    Related(Relation),
}

// ----------------------------------------------------------------------------------------
// Calendar arithmetic
// ----------------------------------------------------------------------------------------

fn is_leap_year(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a Gregorian date (Howard Hinnant's `days_from_civil`): years
/// counted from March, so that the leap day comes last, in eras of 400 years.
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month = i64::from(month);
    let month_from_march = if month > 2 { month - 3 } else { month + 9 };
    let day_of_year = (153 * month_from_march + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The Gregorian date `days` after 1970-01-01: the inverse of [`days_from_civil`].
fn civil_from_days(days: i64) -> Civil {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * month_from_march + 2) / 5 + 1) as u32;
    let month = if month_from_march < 10 { month_from_march + 3 } else { month_from_march - 9 } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    Civil { year, month, day }
}

/// 0 for Sunday to 6 for Saturday, as [`WEEKDAYS`] counts; 1970-01-01 was a Thursday.
fn weekday_of(days: i64) -> u32 {
    (days + 4).rem_euclid(7) as u32
}

/// Days since 1970-01-01 of a date of the tabular Islamic calendar: months of 30 and 29 days
/// in turn, 354 days a year and a leap day in years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26 and 29
/// of each 30, counted from 16 July 622 (Julian), the civil epoch.
fn days_from_hijri(year: i64, month: u32, day: u32) -> i64 {
    let months_before = i64::from(month) - 1;
    let days_in_months_before = (59 * months_before + 1) / 2;
    let leap_days_before = (3 + 11 * year).div_euclid(30);
    i64::from(day) + days_in_months_before + (year - 1) * 354 + leap_days_before - 492_149
}

/// A Hijri date as (year, month, day): the inverse of [`days_from_hijri`].
fn hijri_from_days(days: i64) -> (i64, u32, u32) {
    // 10 631 days make 30 years: an estimate within a year, then corrected.
    let mut year = (days - days_from_hijri(1, 1, 1)).div_euclid(10_631) * 30
        + ((days - days_from_hijri(1, 1, 1)).rem_euclid(10_631) * 30) / 10_631
        + 1;
    while days_from_hijri(year + 1, 1, 1) <= days {
        year += 1;
    }
    while days_from_hijri(year, 1, 1) > days {
        year -= 1;
    }
    let month = (1..=12u32).rev().find(|&month| days_from_hijri(year, month, 1) <= days).unwrap_or(1);
    let day = (days - days_from_hijri(year, month, 1) + 1) as u32;
    (year, month, day)
}

/// The Gregorian year that holds most of a Hijri year: the one of its middle.
fn gregorian_year_of_hijri(year: i64) -> i64 {
    civil_from_days(days_from_hijri(year, 7, 1)).year
}

/// The year of a month (and day) the text names without a year: counted from the year of
/// publication by the relation, or its latest occurrence at or before `now`. Positions are
/// (month, day), with day 0 for a whole month, so a month equal to `now`'s counts as past.
fn occurrence_year(year: i64, now: (u32, u32), at: (u32, u32), spec: YearSpec) -> i64 {
    match spec {
        YearSpec::Explicit(explicit) => explicit,
        YearSpec::Shifted(shift) => year + shift,
        YearSpec::Related(Relation::Current) => year,
        YearSpec::Related(Relation::Next) if at > now => year,
        YearSpec::Related(Relation::Next) => year + 1,
        YearSpec::Unstated | YearSpec::Related(Relation::Past) if at <= now => year,
        YearSpec::Unstated | YearSpec::Related(Relation::Past) => year - 1,
    }
}

// ----------------------------------------------------------------------------------------
// Words, folded
// ----------------------------------------------------------------------------------------

/// Weekdays, Sunday first (as [`weekday_of`] counts).
const WEEKDAYS: &[(&str, u32)] =
    &[("الاحد", 0), ("الاثنين", 1), ("الثلاثاء", 2), ("الاربعاء", 3), ("الخميس", 4), ("الجمعه", 5), ("السبت", 6)];

/// One name of a month, in one or two words.
struct MonthName {
    words: &'static [&'static str],
    month: u32,
    calendar: Calendar,
    /// Also a common word (a verb, a name, "father", "zero"): a month only when something
    /// around it vouches for it.
    ambiguous: bool,
}

const fn gregorian(words: &'static [&'static str], month: u32) -> MonthName {
    MonthName { words, month, calendar: Calendar::Gregorian, ambiguous: false }
}

const fn gregorian_ambiguous(words: &'static [&'static str], month: u32) -> MonthName {
    MonthName { ambiguous: true, ..gregorian(words, month) }
}

const fn hijri(words: &'static [&'static str], month: u32) -> MonthName {
    MonthName { words, month, calendar: Calendar::Hijri, ambiguous: false }
}

const fn hijri_ambiguous(words: &'static [&'static str], month: u32) -> MonthName {
    MonthName { ambiguous: true, ..hijri(words, month) }
}

/// Month names of every series, folded; two-word names before any one-word name they start.
const MONTH_NAMES: &[MonthName] = &[
    // Levantine and Iraqi.
    gregorian(&["كانون", "الثاني"], 1),
    gregorian(&["شباط"], 2),
    gregorian(&["اذار"], 3),
    gregorian(&["نيسان"], 4),
    gregorian(&["ايار"], 5),
    gregorian(&["حزيران"], 6),
    gregorian(&["تموز"], 7),
    gregorian_ambiguous(&["اب"], 8),
    gregorian(&["ايلول"], 9),
    gregorian(&["تشرين", "الاول"], 10),
    gregorian(&["تشرين", "الثاني"], 11),
    gregorian(&["كانون", "الاول"], 12),
    gregorian(&["كانون", "ثاني"], 1),
    gregorian(&["تشرين", "اول"], 10),
    gregorian(&["تشرين", "ثاني"], 11),
    gregorian(&["كانون", "اول"], 12),
    // Egyptian and Gulf (from the French and English names).
    gregorian(&["يناير"], 1),
    gregorian(&["فبراير"], 2),
    gregorian_ambiguous(&["مارس"], 3),
    gregorian(&["ابريل"], 4),
    gregorian(&["مايو"], 5),
    gregorian(&["يونيو"], 6),
    gregorian(&["يونيه"], 6),
    gregorian(&["يوليو"], 7),
    gregorian(&["يوليه"], 7),
    gregorian(&["اغسطس"], 8),
    gregorian(&["سبتمبر"], 9),
    gregorian(&["اكتوبر"], 10),
    gregorian(&["نوفمبر"], 11),
    gregorian(&["ديسمبر"], 12),
    // Algerian and Tunisian.
    gregorian(&["جانفي"], 1),
    gregorian(&["فيفري"], 2),
    gregorian(&["افريل"], 4),
    gregorian_ambiguous(&["ماي"], 5),
    gregorian_ambiguous(&["جوان"], 6),
    gregorian(&["جويليه"], 7),
    gregorian_ambiguous(&["اوت"], 8),
    // Moroccan.
    gregorian(&["يوليوز"], 7),
    gregorian(&["غشت"], 8),
    gregorian(&["شتنبر"], 9),
    gregorian(&["نونبر"], 11),
    gregorian(&["دجنبر"], 12),
    // Hijri.
    hijri_ambiguous(&["محرم"], 1),
    hijri_ambiguous(&["المحرم"], 1),
    hijri_ambiguous(&["صفر"], 2),
    hijri(&["ربيع", "الاول"], 3),
    hijri(&["ربيع", "الثاني"], 4),
    hijri(&["ربيع", "الاخر"], 4),
    hijri(&["جمادي", "الاولي"], 5),
    hijri(&["جمادي", "الاول"], 5),
    hijri(&["جمادي", "الاخره"], 6),
    hijri(&["جمادي", "الثانيه"], 6),
    hijri(&["جمادي", "الاخر"], 6),
    hijri(&["جمادي", "الثاني"], 6),
    hijri_ambiguous(&["رجب"], 7),
    hijri_ambiguous(&["شعبان"], 8),
    hijri_ambiguous(&["رمضان"], 9),
    hijri_ambiguous(&["شوال"], 10),
    hijri(&["ذو", "القعده"], 11),
    hijri(&["ذي", "القعده"], 11),
    hijri(&["ذو", "الحجه"], 12),
    hijri(&["ذي", "الحجه"], 12),
];

/// The word for "month" that may lead a month name: `شهر أيار`, `في شهر رمضان`.
const MONTH_WORD: &str = "شهر";

/// Words that relate a month, weekday or year to publication.
const RELATIONS: &[(&str, Relation)] = &[
    ("الماضي", Relation::Past),
    ("الماضيه", Relation::Past),
    ("الفايت", Relation::Past),
    ("الفايته", Relation::Past),
    ("المنصرم", Relation::Past),
    ("المنصرمه", Relation::Past),
    ("المنقضي", Relation::Past),
    ("المنقضيه", Relation::Past),
    ("المقبل", Relation::Next),
    ("المقبله", Relation::Next),
    ("القادم", Relation::Next),
    ("القادمه", Relation::Next),
    ("الجاري", Relation::Current),
    ("الجاريه", Relation::Current),
    ("الحالي", Relation::Current),
    ("الحاليه", Relation::Current),
];

/// Ordinal day words: what each is worth, and how it combines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ordinal {
    /// الأول … التاسع: alone, before `عشر` (الثالث عشر) or before `والعشرين`.
    Unit(u32),
    /// الحادي, الواحد: only in a compound (الحادي عشر, الحادي والعشرين).
    CompoundUnit(u32),
    /// العاشر, العشرين, الثلاثين, and أول of `أول أيار`: whole.
    Whole(u32),
}

const ORDINALS: &[(&str, Ordinal)] = &[
    ("الاول", Ordinal::Unit(1)),
    ("الثاني", Ordinal::Unit(2)),
    ("الثالث", Ordinal::Unit(3)),
    ("الرابع", Ordinal::Unit(4)),
    ("الخامس", Ordinal::Unit(5)),
    ("السادس", Ordinal::Unit(6)),
    ("السابع", Ordinal::Unit(7)),
    ("الثامن", Ordinal::Unit(8)),
    ("التاسع", Ordinal::Unit(9)),
    ("الحادي", Ordinal::CompoundUnit(1)),
    ("الواحد", Ordinal::CompoundUnit(1)),
    ("العاشر", Ordinal::Whole(10)),
    ("العشرين", Ordinal::Whole(20)),
    ("العشرون", Ordinal::Whole(20)),
    ("الثلاثين", Ordinal::Whole(30)),
    ("الثلاثون", Ordinal::Whole(30)),
    ("اول", Ordinal::Whole(1)),
];

/// Whether a folded word is a definite ordinal (`الثاني`، `العاشر`، `العشرين`): also what
/// follows a ruler's name (`بيوس الثاني عشر`).
pub fn is_definite_ordinal(key: &str) -> bool {
    key.starts_with("ال") && ORDINALS.iter().any(|(word, _)| *word == key)
}

/// The tens of a compound ordinal, after و: الحادي والعشرين.
const ORDINAL_TENS: &[(&str, u32)] = &[("العشرين", 20), ("العشرون", 20), ("الثلاثين", 30), ("الثلاثون", 30)];

/// `عشر` of the ordinals 11 to 19.
const TEEN: &str = "عشر";

/// Words that may lead a day: `يوم`, and parts of the day (`صباح الخميس`, `مساء أمس`).
const DAY_LEADS: &[&str] =
    &["يوم", "صباح", "صبيحه", "مساء", "ظهر", "ظهيره", "عصر", "فجر", "ليل", "ليله", "نهار", "ضحي"];
const DAY_WORD: &str = "يوم";
const SHADDA: char = '\u{0651}';

/// A day counted from publication, in words.
struct RelativeDay {
    words: &'static [&'static str],
    days: i64,
    /// Only after `يوم` or a part of the day: `يوم غد`, `صباح الغد` (`الغد` alone is "the
    /// future").
    needs_lead: bool,
}

const fn relative(words: &'static [&'static str], days: i64) -> RelativeDay {
    RelativeDay { words, days, needs_lead: false }
}

const fn relative_after_lead(words: &'static [&'static str], days: i64) -> RelativeDay {
    RelativeDay { words, days, needs_lead: true }
}

const TODAY: &str = "اليوم";

/// Longer phrases first, so that `أمس الأول` is not read as `أمس`.
const RELATIVE_DAYS: &[RelativeDay] = &[
    relative(&["اول", "من", "امس"], -2),
    relative(&["اول", "امس"], -2),
    relative(&["امس", "الاول"], -2),
    relative(&["قبل", "امس"], -2),
    relative(&["بعد", "غد"], 2),
    relative(&["الليله", "قبل", "الماضيه"], -2),
    relative(&["الليله", "الماضيه"], -1),
    relative(&["الليله", "البارحه"], -1),
    relative(&["قبل", "يومين"], -2),
    relative(&["امس"], -1),
    relative(&["الامس"], -1),
    relative(&["البارحه"], -1),
    relative(&[TODAY], 0),
    relative(&["غدا"], 1),
    relative_after_lead(&["غد"], 1),
    relative_after_lead(&["الغد"], 1),
];

/// Words after `اليوم` that make it "the day" rather than today: `اليوم التالي`, `اليوم
/// الأول`, `اليوم نفسه`, `اليوم الذي`, `اليوم العالمي`.
const NOT_TODAY_AFTER: &[&str] = &[
    "التالي",
    "السابق",
    "الموالي",
    "الاول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
    "الاخير",
    "الاخر",
    "نفسه",
    "ذاته",
    "عينه",
    "الذي",
    "العالمي",
    "الوطني",
    "الدولي",
    "الموعود",
    "المشهود",
    "المحدد",
    "المذكور",
    "المقرر",
];

/// Words before `اليوم` that make it "the day" or a name: `ذلك اليوم`, `طوال اليوم`, `في
/// اليوم` ("a day": `145 يورو في اليوم`), `روسيا اليوم`, `المصري اليوم`.
const NOT_TODAY_BEFORE: &[&str] =
    &["هذا", "ذلك", "ذاك", "ذات", "نفس", "طيله", "طوال", "خلال", "في", "روسيا", "المصري"];

/// Words after `أمس` that make it "the past": `الأمس القريب`.
const NOT_YESTERDAY_AFTER: &[&str] = &["القريب", "البعيد"];

/// A word after `قبل يومين`, `قبل عام` that counts from something else: `قبل يومين من
/// الهجوم`. (`على` mostly belongs to the verb: `اتفقوا قبل يومين على هدنة`.)
const COUNTED_FROM_ELSEWHERE: &[&str] = &["من"];

/// `منذ عام`, `قبل عامين`: years before publication.
const YEARS_AGO_LEADS: &[&str] = &["منذ", "قبل"];
const YEARS_AGO: &[(&str, i64)] = &[("عام", 1), ("سنه", 1), ("عامين", 2), ("سنتين", 2)];
/// `منذ عام مضى`.
const PASSED: &str = "مضي";

/// `قبل ثلاثة أيام`: the counts a few days ago comes in, and the day words after them.
const DAY_COUNTS: &[(&str, i64)] = &[
    ("ثلاثه", 3),
    ("ثلاث", 3),
    ("اربعه", 4),
    ("اربع", 4),
    ("خمسه", 5),
    ("خمس", 5),
    ("سته", 6),
    ("ست", 6),
    ("سبعه", 7),
    ("سبع", 7),
    ("ثمانيه", 8),
    ("ثماني", 8),
    ("تسعه", 9),
    ("تسع", 9),
    ("عشره", 10),
    ("عشر", 10),
];
const DAYS_WORDS: &[&str] = &["ايام", "يوما", "يوم"];
const MOST_DAYS_AGO: i64 = 10;
const BEFORE: &str = "قبل";

/// Words naming a year before its number: `عام 2015`, `سنة 2014`, `عامي 2014 و2016`.
const YEAR_WORDS: &[&str] = &["عام", "العام", "سنه", "السنه", "عامي", "سنتي"];
/// The year and month nouns of `العام الماضي`, `السنة المقبلة`, `الشهر الجاري`.
const YEAR_NOUNS: &[&str] = &["العام", "السنه"];
const MONTH_NOUN: &str = "الشهر";
/// `هذا العام`, `هذه السنة`, `هذا الشهر`.
const THIS: &[&str] = &["هذا", "هذه"];
/// `العام قبل الماضي`.
const BEFORE_LAST: [&str; 2] = ["قبل", "الماضي"];
/// Nouns that `العام` qualifies as "general": `الأمين العام الحالي`.
const GENERAL_TITLES: &[&str] = &[
    "الامين",
    "المدير",
    "المدعي",
    "النايب",
    "القايد",
    "المفتش",
    "المراقب",
    "المنسق",
    "المرشد",
    "الراي",
    "الامن",
    "القطاع",
    "المال",
    "الشان",
    "الصالح",
    "المجمع",
    "الموتمر",
    "الاضراب",
];
/// Era marks after a year: `2015م`, `1439 هـ`.
const GREGORIAN_ERA: &[&str] = &["م", "ميلادي", "ميلاديه", "للميلاد"];
const HIJRI_ERA: &[&str] = &["ه", "هجري", "هجريه", "للهجره"];

/// Words after which an ambiguous month name or a bare four-digit number is a date:
/// `في مارس`, `منذ 2011`, `أواخر رجب`.
const TIME_PREPOSITIONS: &[&str] = &[
    "في",
    "منذ",
    "حتي",
    "خلال",
    "مطلع",
    "اواخر",
    "اوايل",
    "منتصف",
    "نهايه",
    "بدايه",
    "اواسط",
    "مستهل",
    "قبل",
    "بعد",
    "الي",
    "طيله",
    "طوال",
    "شهر",
    "صيف",
    "شتاء",
    "خريف",
];

/// Words before a day and month without a year, besides the prepositions of time, that make
/// it a date: `بين 8 و12 أيلول`, `بتاريخ 13 مارس`.
const DAY_CUES: &[&str] = &["بين", "بتاريخ", "تاريخ", "الموافق", "يوم"];

/// Events whose date follows them: `تفجيرات 11 ديسمبر`, `انتخابات 12 أيار`.
const EVENTS: &[&str] = &[
    "هجوم",
    "هجمات",
    "هجومي",
    "تفجير",
    "تفجيري",
    "تفجيرات",
    "اعتداء",
    "اعتداءات",
    "احداث",
    "مجزره",
    "مجازر",
    "غاره",
    "غارات",
    "ضربه",
    "ضربات",
    "انتخابات",
    "استفتاء",
    "اتفاق",
    "اجتماع",
    "قمه",
    "جلسه",
    "زياره",
    "مظاهرات",
    "تظاهرات",
    "اشتباكات",
    "معارك",
    "بيان",
    "قرار",
    "هدنه",
];

/// Words before a month alone that make it the name of an event, a movement or a place: `حرب
/// تموز`, `ثورة يوليو`, `ساحة آذار`.
const NAME_HEADS: &[&str] = &[
    "حرب",
    "ثوره",
    "حركه",
    "قوي",
    "فريق",
    "فريقي",
    "تيار",
    "انتفاضه",
    "ساحه",
    "شارع",
    "مدرسه",
    "ميدان",
    "جسر",
    "تحالف",
    "معسكر",
    "جماعه",
    "مسيره",
];

/// Words that join two days or years: `8 و12 أيلول`, `2014-2016`, `من 8 إلى 12 أيلول`.
const JOINING_WORDS: &[&str] = &["و", "الي", "حتي"];
const JOINING_MARKS: &[&str] = &["-", "–", "—"];

/// Marks that write two series of month names as one: `شباط/فبراير`, `حزيران (يونيو)`.
const SERIES_MARKS: &[&str] = &["/", "-", "("];
const OPEN_PAREN: &str = "(";
const CLOSE_PAREN: &str = ")";
/// `الخميس الموافق 12 نيسان`, `الخميس، 12 نيسان`.
const DATE_AFTER_WEEKDAY: &[&str] = &["الموافق"];
const COMMAS: &[&str] = &["،", ","];
const QUOTES: &[&str] = &["\"", "«", "»", "“", "”", "'", "‘", "’"];
const OF: &str = "من";

/// Separators of numeric dates: `10/9/2017`, `2017-09-10`, `10.9.2017`.
const DATE_SEPARATORS: &[char] = &['/', '-', '.'];

/// `الاثنين` is also "the two": after these words (`كلا الاثنين`, `الأطراف الاثنين`) and
/// before these (`الاثنين من`, `الاثنين معا`) it is.
const NOT_MONDAY_BEFORE: &[&str] = &["كلا", "كلتا", "هذين", "هاذين", "الاطراف"];
const NOT_MONDAY_AFTER: &[&str] = &["من", "معا", "عشر"];
/// Names ending like a dual that may stand before the weekday: `في البحرين الاثنين`.
const NAMES_ENDING_LIKE_A_DUAL: &[&str] = &["البحرين", "الصين", "الرافدين", "الحرمين", "النهرين"];

/// All of date words, with any proclitic, begin with one of these letters (a test checks it):
/// a word that does not is not folded at all. Presentation forms pass, as folding reads them.
const FIRST_LETTERS: &str = "اأإآٱوفبلكشنحتيمسدجغصرذظعضهق";
/// Longer words are no date word, with any proclitic and harakat.
const LONGEST_WORD_BYTES: usize = 48;

/// The words a date may begin with (without proclitics).
fn starters() -> &'static KeySet<&'static str> {
    static SET: OnceLock<KeySet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set = KeySet::default();
        set.extend(WEEKDAYS.iter().map(|(word, _)| *word));
        set.extend(MONTH_NAMES.iter().map(|name| name.words[0]));
        set.extend(ORDINALS.iter().map(|(word, _)| *word));
        set.extend(DAY_LEADS);
        set.extend(RELATIVE_DAYS.iter().map(|phrase| phrase.words[0]));
        set.extend(YEARS_AGO_LEADS);
        set.extend(YEAR_WORDS);
        set.extend(YEAR_NOUNS);
        set.extend(THIS);
        set.extend([MONTH_WORD, MONTH_NOUN, BEFORE]);
        set
    })
}

/// True when some reading of `key` (without its proclitics) is a starter: the test the gate
/// before the matchers stands for.
fn reads_as_starter(key: &str) -> bool {
    let starters = starters();
    readings(key).any(|reading| {
        if reading.article_elided {
            starters.contains(format!("ا{}", reading.rest).as_str())
        } else {
            starters.contains(reading.rest)
        }
    })
}

/// The filter over [`date_beginnings`], which turns most words away unhashed.
fn date_beginning_filter() -> &'static KeyFilter {
    static FILTER: OnceLock<KeyFilter> = OnceLock::new();
    FILTER.get_or_init(|| KeyFilter::new(date_beginnings().keys()))
}

/// The matchers a first word may start, as bit flags: one for each group of starters. A word
/// that reads as none of a matcher's first words gives that matcher nothing, so
/// [`Reader::date_at`] asks only the matchers its flags name.
type Starts = u16;
const LED_DAY: Starts = 1 << 0;
const ORDINAL_DAY: Starts = 1 << 1;
const MONTH: Starts = 1 << 2;
const YEAR: Starts = 1 << 3;
const WEEKDAY: Starts = 1 << 4;
const RELATIVE_DAY: Starts = 1 << 5;
const PERIOD: Starts = 1 << 6;
const YEARS_BACK: Starts = 1 << 7;
const DAYS_BACK: Starts = 1 << 8;

/// `read()` when `starts` has `group`: a matcher is asked only of the words that may start it.
fn if_starts(starts: Starts, group: Starts, read: impl FnOnce() -> Option<Found>) -> Option<Found> {
    if starts & group != 0 {
        read()
    } else {
        None
    }
}

/// Every starter with the matcher it starts: together, the words of [`starters`].
fn starter_groups() -> Vec<(&'static str, Starts)> {
    let mut groups = Vec::new();
    groups.extend(DAY_LEADS.iter().map(|word| (*word, LED_DAY)));
    groups.extend(ORDINALS.iter().map(|(word, _)| (*word, ORDINAL_DAY)));
    groups.extend(MONTH_NAMES.iter().map(|name| (name.words[0], MONTH)));
    groups.push((MONTH_WORD, MONTH));
    groups.extend(YEAR_WORDS.iter().map(|word| (*word, YEAR)));
    groups.extend(WEEKDAYS.iter().map(|(word, _)| (*word, WEEKDAY)));
    groups.extend(RELATIVE_DAYS.iter().map(|phrase| (phrase.words[0], RELATIVE_DAY)));
    groups.extend(THIS.iter().chain(YEAR_NOUNS).chain([&MONTH_NOUN]).map(|word| (*word, PERIOD)));
    groups.extend(YEARS_AGO_LEADS.iter().map(|word| (*word, YEARS_BACK)));
    groups.push((BEFORE, DAYS_BACK));
    groups
}

/// The matchers `key` may start: those of the starters some reading of it reads as.
fn starts_of(key: &str) -> Starts {
    let groups = starter_groups();
    readings(key).fold(0, |starts, reading| {
        starts | groups.iter().filter(|(word, _)| reading.is(word)).fold(0, |all, &(_, group)| all | group)
    })
}

/// Every key that [`reads_as_starter`], proclitics included, with the matchers it may start
/// ([`starts_of`]): the gate before the matchers, one lookup a word instead of a lookup for
/// each of its readings. A reading only cuts up to two proclitic letters off the front (and
/// puts an alef back after لل), so every such key is a starter behind one of the clusters
/// below; the candidates are kept when the readings themselves say so (a test checks the two
/// agree).
fn date_beginnings() -> &'static KeyMap<String, Starts> {
    const CLUSTERS: &[&str] = &["", "ب", "ل", "ك", "و", "ف", "وب", "ول", "وك", "فب", "فل", "فك"];
    static MAP: OnceLock<KeyMap<String, Starts>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = KeyMap::default();
        for starter in starters() {
            let forms = std::iter::once(*starter).chain(starter.strip_prefix('ا'));
            for form in forms {
                for cluster in CLUSTERS {
                    let key = format!("{cluster}{form}");
                    if reads_as_starter(&key) {
                        let starts = starts_of(&key);
                        map.insert(key, starts);
                    }
                }
            }
        }
        map
    })
}

/// A cheap look at a word before folding it.
fn may_begin_date(word: &str) -> bool {
    let first = word.chars().find(|&c| !is_dropped(c));
    word.len() <= LONGEST_WORD_BYTES
        && first.is_some_and(|c| FIRST_LETTERS.contains(c) || ('\u{FB50}'..='\u{FEFC}').contains(&c))
}

/// The month names a word may begin, as a bit set of their places in [`MONTH_NAMES`], in
/// table order: those whose first word the word's key is (`first` false), or reads as once
/// its proclitics are off (`first` true, as [`Reader::first_is`] reads it). Two lookups a
/// reading, where trying every name would compare each of them.
fn month_names_beginning(key: &str, first: bool) -> u64 {
    let (exact, without_alef) = month_name_index();
    let names = |table: &MonthNameSets, word: &str| table.get(word).copied().unwrap_or(0);
    if !first {
        return names(exact, key);
    }
    readings(key).fold(0, |set, reading| {
        set | if reading.article_elided {
            names(without_alef, reading.rest)
        } else {
            names(exact, reading.rest)
        }
    })
}

/// Words, each with the month names it begins as a bit set.
type MonthNameSets = KeyMap<&'static str, u64>;

/// Month names by their first word, and by their first word without its leading alef (what a
/// word in لل reads as): bit sets of places in [`MONTH_NAMES`], which has fewer than 64.
fn month_name_index() -> &'static (MonthNameSets, MonthNameSets) {
    static INDEX: OnceLock<(MonthNameSets, MonthNameSets)> = OnceLock::new();
    INDEX.get_or_init(|| {
        let (mut exact, mut without_alef) = (KeyMap::default(), KeyMap::default());
        for (at, name) in MONTH_NAMES.iter().enumerate().take(64) {
            let word = name.words[0];
            *exact.entry(word).or_insert(0) |= 1u64 << at;
            if let Some(rest) = word.strip_prefix('ا') {
                *without_alef.entry(rest).or_insert(0) |= 1u64 << at;
            }
        }
        (exact, without_alef)
    })
}

fn lookup<T: Copy>(table: &[(&str, T)], key: &str) -> Option<T> {
    table.iter().find(|(word, _)| *word == key).map(|&(_, value)| value)
}

// ----------------------------------------------------------------------------------------
// Reading
// ----------------------------------------------------------------------------------------

/// One way to read the first word of a date: with `cut` proclitic letters taken off.
#[derive(Debug, Clone, Copy)]
struct Reading<'k> {
    cut: usize,
    rest: &'k str,
    /// The word began with لل, the ل of the article taking the place of its alef: `للعام`
    /// reads as ل + العام, so `rest` (`لعام`) is the word without its alef.
    article_elided: bool,
}

impl Reading<'_> {
    fn is(&self, word: &str) -> bool {
        if self.article_elided {
            word.strip_prefix('ا').is_some_and(|bare| same_bytes(bare, self.rest))
        } else {
            same_bytes(word, self.rest)
        }
    }
}

/// `key` ends with `tail`, compared a byte at a time from the end. The words are a few bytes
/// long and mostly differ in their last letter, where `ends_with` and `==` would call
/// `memcmp` for every pair of equal lengths.
#[inline]
fn ends_with_bytes(key: &str, tail: &str) -> bool {
    let (key, tail) = (key.as_bytes(), tail.as_bytes());
    key.len() >= tail.len() && key.iter().rev().zip(tail.iter().rev()).all(|(a, b)| a == b)
}

/// `a == b`, by [`ends_with_bytes`].
#[inline]
fn same_bytes(a: &str, b: &str) -> bool {
    a.len() == b.len() && ends_with_bytes(a, b)
}

/// The readings of a folded first word, most literal first: as written, without و or ف, and
/// without a preposition ب, ل or ك after them.
fn readings(key: &str) -> impl Iterator<Item = Reading<'_>> {
    let long_enough = |rest: &&str| rest.chars().nth(1).is_some();
    let as_written = Reading { cut: 0, rest: key, article_elided: false };
    let without_conjunction = key.strip_prefix(['و', 'ف']).filter(long_enough).map(|rest| Reading {
        cut: 1,
        rest,
        article_elided: false,
    });
    fn without_preposition(base: Reading<'_>) -> Option<Reading<'_>> {
        base.rest
            .strip_prefix(['ب', 'ل', 'ك'])
            .filter(|rest| rest.chars().nth(1).is_some())
            .map(|rest| Reading { cut: base.cut + 1, rest, article_elided: base.rest.starts_with("لل") })
    }
    [
        Some(as_written),
        without_preposition(as_written),
        without_conjunction,
        without_conjunction.and_then(without_preposition),
    ]
    .into_iter()
    .flatten()
}

/// A group of digits: its value and how many digits it has.
#[derive(Debug, Clone, Copy)]
struct DigitGroup {
    value: u32,
    digits: usize,
}

/// The digits at the start of `text` (any script, at most 4), and what follows them.
fn digit_group(text: &str) -> Option<(DigitGroup, &str)> {
    let mut value = 0u32;
    let mut digits = 0;
    let mut rest = text;
    while let Some(c) = rest.chars().next().filter(|&c| is_digit(c)) {
        let digit = fold_char(c).and_then(|d| d.to_digit(10))?;
        digits += 1;
        if digits > 4 {
            return None;
        }
        value = value * 10 + digit;
        rest = &rest[c.len_utf8()..];
    }
    (digits > 0).then_some((DigitGroup { value, digits }, rest))
}

/// The digits of a whole number token, when it is nothing but 1 to 4 digits.
fn plain_number(raw: &str) -> Option<DigitGroup> {
    match digit_group(raw)? {
        (group, "") => Some(group),
        _ => None,
    }
}

/// A date found from some token on. An empty span is a name that looks like a date (`قوى 14
/// آذار`), whose tokens are skipped.
#[derive(Debug, Clone, Copy)]
struct Found {
    start: usize,
    end: usize,
    /// The token to go on from.
    next: usize,
    value: Value,
    /// A second span inside with the same value: `الخميس` of `اليوم (الخميس)`.
    also: Option<(usize, usize)>,
}

impl Found {
    fn spans(&self) -> impl Iterator<Item = (usize, usize)> {
        std::iter::once((self.start, self.end)).chain(self.also).filter(|(start, end)| start < end)
    }
}

/// Where the date before left off, for the dates that continue it: `2016` of `عامي 2014
/// و2016`, `26 يوليو` of `في 23 يوليو و26 يوليو`.
#[derive(Debug, Clone, Copy)]
struct Previous {
    next: usize,
    is_year: bool,
}

/// A day of the month in digits or words, before its month.
#[derive(Debug, Clone, Copy)]
struct DayOfMonth {
    day: u32,
    start: usize,
    next: usize,
}

/// A month named, with its span.
#[derive(Debug, Clone, Copy)]
struct NamedMonth {
    month: u32,
    calendar: Calendar,
    ambiguous: bool,
    start: usize,
    end: usize,
    next: usize,
}

/// The month part of a day-month expression: the month, what the text says of its year, and
/// where it ends.
#[derive(Debug, Clone, Copy)]
struct MonthPart {
    month: MonthRef,
    year: YearSpec,
    end: usize,
    next: usize,
}

/// A year, month or day counted from publication: `العام الماضي`, `الشهر الجاري`.
#[derive(Debug, Clone, Copy)]
struct Period {
    shift: i64,
    start: usize,
    end: usize,
    next: usize,
}

struct Reader<'w, 'a> {
    words: &'w KeyedTokens<'a>,
    anchor: Option<Civil>,
}

impl<'a> Reader<'_, 'a> {
    // --- tokens ---

    fn key_in(&self, index: usize, words: &[&str]) -> bool {
        words.contains(&self.words.key(index))
    }

    /// The key of the word before `index` without a و or ف: the word a date follows.
    fn key_before(&self, index: usize) -> &str {
        let Some(before) = index.checked_sub(1) else {
            return "";
        };
        let key = self.words.key(before);
        match key.strip_prefix(['و', 'ف']) {
            Some(rest) if rest.chars().nth(1).is_some() && !TIME_PREPOSITIONS.contains(&key) => rest,
            _ => key,
        }
    }

    fn is_punct(&self, index: usize, marks: &[&str]) -> bool {
        self.words.is_kind(index, TokenKind::Punct) && marks.contains(&self.words.raw(index))
    }

    fn start(&self, index: usize) -> usize {
        self.words.tokens.get(index).map_or(0, |token| token.start)
    }

    fn end(&self, index: usize) -> usize {
        self.words.tokens.get(index).map_or(0, |token| token.end)
    }

    /// The first token after `index` that starts at or after `byte`.
    fn index_from(&self, index: usize, byte: usize) -> usize {
        let mut next = index + 1;
        while self.words.tokens.get(next).is_some_and(|token| token.start < byte) {
            next += 1;
        }
        next
    }

    /// The byte where token `index` goes on after its first `letters` letters (a proclitic
    /// and the marks or tatweel on it).
    fn start_after_letters(&self, index: usize, letters: usize) -> usize {
        byte_after_letters(self.words.raw(index), self.start(index), letters)
    }

    /// The entry of `table` that the first word of a date at `index` reads as, with any
    /// proclitic, and where the word starts once the proclitic is left out.
    fn first_of<T: Copy>(&self, index: usize, table: &[(&str, T)]) -> Option<(T, usize)> {
        readings(self.words.key(index)).find_map(|reading| {
            let &(_, value) = table.iter().find(|(word, _)| reading.is(word))?;
            Some((value, self.start_after_letters(index, reading.cut)))
        })
    }

    /// Where the first word of a date at `index` starts, when it reads as `word`. Inlined, so
    /// that the quick test turns a word away where it is asked (64,000 times per 1,000
    /// articles, a dozen phrases tried at a word): as a call it cost some 80 instructions.
    #[inline(always)]
    fn first_is(&self, index: usize, word: &str) -> Option<usize> {
        let key = self.words.key(index);
        // Every reading is the key with letters cut off its front (and an alef restored after
        // لل), so a word the key does not end with can be passed over without reading it.
        // (A key that ends with the word ends with it less its alef too.)
        let may_match = ends_with_bytes(key, word.strip_prefix('ا').unwrap_or(word));
        if !may_match {
            return None;
        }
        self.first_read_as(index, key, word)
    }

    /// [`Reader::first_is`] for a `key` (of token `index`) that may read as `word`.
    #[inline(never)]
    fn first_read_as(&self, index: usize, key: &str, word: &str) -> Option<usize> {
        readings(key)
            .find(|reading| reading.is(word))
            .map(|reading| self.start_after_letters(index, reading.cut))
    }

    fn first_in(&self, index: usize, words: &[&str]) -> Option<usize> {
        words.iter().find_map(|word| self.first_is(index, word))
    }

    /// Where a phrase starts at `index` (its first word with any proclitic, the others exact).
    /// Inlined, as [`Reader::first_is`] is, into the loops over phrases (a dozen at a word).
    #[inline(always)]
    fn phrase_at(&self, index: usize, words: &[&str]) -> Option<usize> {
        let (first, rest) = words.split_first()?;
        let start = self.first_is(index, first)?;
        rest.iter().enumerate().all(|(k, word)| self.words.key(index + 1 + k) == *word).then_some(start)
    }

    /// The matchers the word at `index` may start a date for, none when it cannot begin
    /// one: one lookup of its key, then a look at the word as written for the few that pass.
    fn date_starts_at(&self, index: usize) -> Starts {
        if !date_beginning_filter().may_contain_mix(self.words.mix(index)) {
            return 0;
        }
        let key = self.words.key(index);
        match date_beginnings().get(key) {
            Some(&starts) if may_begin_date(self.words.raw(index)) => starts,
            _ => 0,
        }
    }

    /// The first token at or after `from` that [`Reader::date_at`] may find a date at (the
    /// number of tokens when there is none): a number, or a word whose mix passes `filter`
    /// ([`date_beginning_filter`], which [`Reader::date_starts_at`] asks first); at every
    /// other token it finds none. The tokens and mixes are walked together, one step a token:
    /// asked token by token, each read of a kind or a mix was a bounds test and a default.
    fn next_may_date(&self, from: usize, filter: &KeyFilter) -> usize {
        let all = self.words.tokens.len();
        let tokens = self.words.tokens.get(from..).unwrap_or_default();
        let mixes = self.words.mixes().get(from..).unwrap_or_default();
        let may_date = |kind: TokenKind, mix: u64| match kind {
            TokenKind::Number => true,
            TokenKind::Word => filter.may_contain_mix(mix),
            _ => false,
        };
        if mixes.len() != tokens.len() {
            // Not keyed token for token (no `KeyedTokens` is built so): asked one by one.
            return (from..all)
                .find(|&index| {
                    self.words.tokens.get(index).is_some_and(|t| may_date(t.kind, self.words.mix(index)))
                })
                .unwrap_or(all);
        }
        let passing = tokens.iter().zip(mixes).position(|(token, &mix)| may_date(token.kind, mix));
        passing.map_or(all, |offset| from + offset)
    }

    // --- dates ---

    fn date_at(&self, index: usize, previous: Option<Previous>) -> Option<Found> {
        match self.words.tokens.get(index)?.kind {
            TokenKind::Number => self
                .numeric_date_at(index)
                .or_else(|| self.vouched_day_and_month_at(index, previous))
                .or_else(|| self.day_of_a_range_at(index, previous))
                .or_else(|| self.bare_year_at(index, previous)),
            TokenKind::Word => {
                let starts = self.date_starts_at(index);
                if starts == 0 {
                    return None;
                }
                if_starts(starts, LED_DAY, || self.led_day_at(index))
                    .or_else(|| {
                        if_starts(starts, ORDINAL_DAY, || self.vouched_day_and_month_at(index, previous))
                    })
                    .or_else(|| if_starts(starts, MONTH, || self.month_at(index)))
                    .or_else(|| if_starts(starts, YEAR, || self.year_at(index)))
                    .or_else(|| if_starts(starts, WEEKDAY, || self.weekday_at(index)))
                    .or_else(|| if_starts(starts, RELATIVE_DAY, || self.relative_day_at(index, false)))
                    .or_else(|| if_starts(starts, PERIOD, || self.period_at(index)))
                    .or_else(|| if_starts(starts, YEARS_BACK, || self.years_ago_at(index)))
                    .or_else(|| if_starts(starts, DAYS_BACK, || self.days_ago_at(index)))
            }
            _ => None,
        }
    }

    /// `10/9/2017`, `10.9.2017`, `2017-09-10`: day first unless the year is.
    fn numeric_date_at(&self, index: usize) -> Option<Found> {
        let start = self.words.tokens.get(index)?.start;
        let rest = self.words.text.get(start..)?;
        let before = self.words.text.get(..start)?.chars().next_back();
        // A piece of a longer run of numbers (an identifier, a range) is none of it a date.
        if before.is_some_and(|c| is_digit(c) || DATE_SEPARATORS.contains(&c)) {
            return None;
        }
        let (first, after_first) = digit_group(rest)?;
        let separator = after_first.chars().next().filter(|c| DATE_SEPARATORS.contains(c))?;
        let (second, after_second) = digit_group(&after_first[separator.len_utf8()..])?;
        let (third, tail) = digit_group(after_second.strip_prefix(separator)?)?;
        let mut after = tail.chars();
        let continues = match after.next() {
            Some(c) if is_digit(c) => true,
            Some(c) if DATE_SEPARATORS.contains(&c) || c == ':' => after.next().is_some_and(is_digit),
            _ => false,
        };
        if continues {
            return None;
        }
        let short = |group: DigitGroup| group.digits <= 2;
        let (year, month, day) = if first.digits == 4 && short(second) && short(third) {
            (first, second, third)
        } else if third.digits == 4 && short(first) && short(second) {
            (third, second, first)
        } else {
            return None;
        };
        let value = explicit_day(year.value.into(), month.value, day.value)?;
        let end = start + (rest.len() - tail.len());
        Some(Found { start, end, next: self.index_from(index, end), value, also: None })
    }

    /// A day and month standing alone, when something vouches for a date: a year or relation
    /// after it (`13 مارس الماضي`, `10 من الشهر الجاري`), or before it (before the first day of
    /// `8 و12 أيلول`) a preposition of time (`في 13 مارس`), punctuation or nothing, or a date
    /// joined by و. Otherwise it is likely a name: `قوى 14 آذار`, `مدرسة 7 يوليو`, `انتحاريي 11
    /// سبتمبر`.
    fn vouched_day_and_month_at(&self, index: usize, previous: Option<Previous>) -> Option<Found> {
        let (date, part) = self.day_and_month_parts_at(index)?;
        let stated = !matches!((part.month, part.year), (MonthRef::Named(..), YearSpec::Unstated));
        let (first, ranged) = self.first_day_of_list(index);
        if stated || self.vouches_for_a_day(first, ranged, previous) {
            return Some(date);
        }
        // Skipped whole, so that its month is not read alone.
        Some(Found { end: date.start, ..date })
    }

    /// What comes before the first day of a list (of a range when `ranged`) says it is a date.
    fn vouches_for_a_day(&self, first: usize, ranged: bool, previous: Option<Previous>) -> bool {
        let before = first.checked_sub(1);
        let key = self.key_before(first);
        let after_punctuation = match before {
            None => true,
            Some(k) => self.words.is_kind(k, TokenKind::Punct) && !self.is_punct(k, QUOTES),
        };
        let after_a_date =
            before.is_some_and(|k| self.key_in(k, JOINING_WORDS) && previous.is_some_and(|p| p.next == k));
        DAY_CUES.contains(&key)
            || EVENTS.contains(&key)
            || TIME_PREPOSITIONS.contains(&key)
            || (ranged && key == OF)
            || after_punctuation
            || after_a_date
    }

    /// The first day of a list or range that the day at `index` ends (`8` of `8 و12 أيلول`),
    /// and whether it is a range (`من 5 إلى 9 حزيران`).
    fn first_day_of_list(&self, index: usize) -> (usize, bool) {
        const LONGEST_LIST: usize = 4;
        let (mut first, mut ranged) = (index, false);
        for _ in 0..LONGEST_LIST {
            let Some(joint) = first.checked_sub(1) else {
                break;
            };
            let Some(day) = joint.checked_sub(1) else {
                break;
            };
            let joined = self.joined_after(joint).is_some();
            if !joined || !self.words.is_kind(day, TokenKind::Number) || self.day_in_digits_at(day).is_none()
            {
                break;
            }
            ranged |= !self.key_in(joint, &["و"]);
            first = day;
        }
        (first, ranged)
    }

    /// `13 مارس`, `الـ10 من سبتمبر الماضي`, `السادس عشر من تشرين الثاني`, `10 من الشهر الجاري`.
    fn day_and_month_at(&self, index: usize) -> Option<Found> {
        self.day_and_month_parts_at(index).map(|(date, _)| date)
    }

    fn day_and_month_parts_at(&self, index: usize) -> Option<(Found, MonthPart)> {
        let day = self.day_of_month_at(index)?;
        let part = self.month_part_at(day.next)?;
        let value = self.resolve(part.month, Some(day.day), part.year)?;
        let date = Found { start: day.start, end: part.end, next: part.next, value, also: None };
        Some((date, part))
    }

    /// `8` of `8 و12 أيلول`, `5` of `من 5 إلى 9 حزيران`: a day that takes the month of the
    /// days after it.
    fn day_of_a_range_at(&self, index: usize, previous: Option<Previous>) -> Option<Found> {
        const LONGEST_LIST: usize = 4;
        let first = self.day_of_month_at(index).filter(|_| self.words.is_kind(index, TokenKind::Number))?;
        let mut at = first.next;
        for _ in 0..LONGEST_LIST {
            let joined = self.joined_after(at)?;
            let day =
                self.day_of_month_at(joined).filter(|_| self.words.is_kind(joined, TokenKind::Number))?;
            if let Some(part) = self.month_part_at(day.next) {
                let stated = !matches!((part.month, part.year), (MonthRef::Named(..), YearSpec::Unstated));
                let ranged = !self.key_in(first.next, &["و"]);
                if !stated && !self.vouches_for_a_day(index, ranged, previous) {
                    return None;
                }
                let value = self.resolve(part.month, Some(first.day), part.year)?;
                return Some(Found {
                    start: first.start,
                    end: self.end(index),
                    next: first.next,
                    value,
                    also: None,
                });
            }
            at = day.next;
        }
        None
    }

    /// The token after a joining word or dash at `index`.
    fn joined_after(&self, index: usize) -> Option<usize> {
        (self.key_in(index, JOINING_WORDS) || self.is_punct(index, JOINING_MARKS)).then_some(index + 1)
    }

    /// A day of the month: 1 to 31 in digits (`13`, `الـ10`) or an ordinal (`الثاني`,
    /// `السادس عشر`, `الحادي والعشرين`).
    fn day_of_month_at(&self, index: usize) -> Option<DayOfMonth> {
        let found = if self.words.is_kind(index, TokenKind::Number) {
            self.day_in_digits_at(index)
        } else {
            self.ordinal_at(index)
        }?;
        (1..=31).contains(&found.day).then_some(found)
    }

    /// `13`, `الـ10`, `بالـ10`: digits after nothing but an article and proclitics.
    fn day_in_digits_at(&self, index: usize) -> Option<DayOfMonth> {
        let raw = self.words.raw(index);
        let digits_from = raw.find(is_digit)?;
        let number = plain_number(&raw[digits_from..]).filter(|n| n.digits <= 2)?;
        let prefix = fold_key(&raw[..digits_from]);
        let letters = prefix.chars().count();
        let cut = if prefix.is_empty() {
            0
        } else if prefix.ends_with("لل") {
            letters - 1
        } else if prefix.ends_with("ال") {
            letters - 2
        } else {
            return None;
        };
        Some(DayOfMonth { day: number.value, start: self.start_after_letters(index, cut), next: index + 1 })
    }

    fn ordinal_at(&self, index: usize) -> Option<DayOfMonth> {
        let (ordinal, start) = self.first_of(index, ORDINALS)?;
        let compound = || {
            if self.words.key(index + 1) == TEEN {
                return Some((10, index + 2));
            }
            self.tens_after_and(index + 1)
        };
        let (day, next) = match ordinal {
            Ordinal::Whole(day) => (day, index + 1),
            Ordinal::Unit(unit) => compound().map_or((unit, index + 1), |(tens, next)| (tens + unit, next)),
            Ordinal::CompoundUnit(unit) => compound().map(|(tens, next)| (tens + unit, next))?,
        };
        Some(DayOfMonth { day, start, next })
    }

    /// `والعشرين` or `و العشرين` at `index`: the tens of a compound ordinal.
    fn tens_after_and(&self, index: usize) -> Option<(u32, usize)> {
        let key = self.words.key(index);
        if key == "و" {
            return lookup(ORDINAL_TENS, self.words.key(index + 1)).map(|tens| (tens, index + 2));
        }
        lookup(ORDINAL_TENS, key.strip_prefix('و')?).map(|tens| (tens, index + 1))
    }

    /// What follows a day: `(من)? month (year)?`, or `(من)? الشهر الجاري`.
    fn month_part_at(&self, index: usize) -> Option<MonthPart> {
        let index = if self.words.key(index) == OF { index + 1 } else { index };
        if let Some(month) = self.month_in_series_at(index, false) {
            let (year, end, next) = self.year_spec_at(month.next, month.calendar).unwrap_or((
                YearSpec::Unstated,
                month.end,
                month.next,
            ));
            return Some(MonthPart { month: MonthRef::Named(month.calendar, month.month), year, end, next });
        }
        let period = self.relative_month_at(index)?;
        Some(MonthPart {
            month: MonthRef::Shifted(period.shift),
            year: YearSpec::Unstated,
            end: period.end,
            next: period.next,
        })
    }

    /// A month name at `index`, in one or two words; a proclitic on it only when `first`.
    fn month_name_at(&self, index: usize, first: bool) -> Option<NamedMonth> {
        let mut candidates = month_names_beginning(self.words.key(index), first);
        while candidates != 0 {
            let at = candidates.trailing_zeros() as usize;
            candidates &= candidates - 1;
            let found = MONTH_NAMES.get(at).and_then(|name| self.month_name_as(name, index, first));
            if found.is_some() {
                return found;
            }
        }
        None
    }

    /// The month `name` at `index`: its first word with any proclitic when `first`, else
    /// exactly.
    fn month_name_as(&self, name: &MonthName, index: usize, first: bool) -> Option<NamedMonth> {
        let start = if first {
            self.phrase_at(index, name.words)?
        } else {
            let exact = name.words.iter().enumerate().all(|(k, word)| self.words.key(index + k) == *word);
            exact.then(|| self.start(index))?
        };
        let next = index + name.words.len();
        Some(NamedMonth {
            month: name.month,
            calendar: name.calendar,
            ambiguous: name.ambiguous,
            start,
            end: self.end(next - 1),
            next,
        })
    }

    /// A month name, and the same month in another series after it: `شباط/فبراير`,
    /// `يونيو / حزيران`, `حزيران (يونيو)`, `يونيو حزيران`.
    fn month_in_series_at(&self, index: usize, first: bool) -> Option<NamedMonth> {
        let month = self.month_name_at(index, first)?;
        let marked = self.is_punct(month.next, SERIES_MARKS);
        let other_at = month.next + usize::from(marked);
        let Some(other) = self
            .month_name_at(other_at, false)
            .filter(|other| other.month == month.month && other.calendar == month.calendar)
        else {
            return Some(month);
        };
        let closes = self.is_punct(month.next, &[OPEN_PAREN]) && self.is_punct(other.next, &[CLOSE_PAREN]);
        Some(NamedMonth { ambiguous: false, end: other.end, next: other.next + usize::from(closes), ..month })
    }

    /// What a month says of its year: `2017`, `1439 هـ`, `من العام الماضي`, `من عام 2017`,
    /// `الماضي`, `المقبل`, `الجاري`; with where it ends.
    fn year_spec_at(&self, index: usize, calendar: Calendar) -> Option<(YearSpec, usize, usize)> {
        if let Some((year, end, next)) = self.year_number_at(index, calendar) {
            return Some((YearSpec::Explicit(year), end, next));
        }
        if self.words.key(index) == OF {
            if self.key_in(index + 1, YEAR_WORDS) {
                if let Some((year, end, next)) = self.year_number_at(index + 2, calendar) {
                    return Some((YearSpec::Explicit(year), end, next));
                }
            }
            if let Some(period) = self.relative_year_at(index + 1, false) {
                return Some((YearSpec::Shifted(period.shift), period.end, period.next));
            }
        }
        let relation = lookup(RELATIONS, self.words.key(index))?;
        Some((YearSpec::Related(relation), self.end(index), index + 1))
    }

    /// A year in digits of `calendar`, with any era mark after it: `2017`, `2017م`, `1439 هـ`.
    fn year_number_at(&self, index: usize, calendar: Calendar) -> Option<(i64, usize, usize)> {
        let year = i64::from(self.four_digits_at(index)?);
        let (range, era) = match calendar {
            Calendar::Gregorian => (1000..=2100, GREGORIAN_ERA),
            Calendar::Hijri => (1300..=1600, HIJRI_ERA),
        };
        if !range.contains(&year) {
            return None;
        }
        let marked = self.key_in(index + 1, era);
        let last = index + usize::from(marked);
        Some((year, self.end(last), last + 1))
    }

    fn four_digits_at(&self, index: usize) -> Option<u32> {
        if !self.words.is_kind(index, TokenKind::Number) {
            return None;
        }
        plain_number(self.words.raw(index)).filter(|n| n.digits == 4).map(|n| n.value)
    }

    /// A month without a day: `في تموز الماضي`, `شباط/فبراير الفائت`, `في شهر رمضان`,
    /// `أيار 2017`, `مايو من العام الماضي`. An ambiguous name needs something to vouch for it;
    /// any name alone after a word like `حرب` or `ثورة` names an event instead.
    fn month_at(&self, index: usize) -> Option<Found> {
        let lead = self.first_is(index, MONTH_WORD);
        let name_at = index + usize::from(lead.is_some());
        let month = self.month_in_series_at(name_at, lead.is_none())?;
        let year = self.year_spec_at(month.next, month.calendar);
        let before = self.key_before(index);
        let vouched = lead.is_some() || year.is_some() || TIME_PREPOSITIONS.contains(&before);
        if (month.ambiguous || NAME_HEADS.contains(&before)) && !vouched {
            return None;
        }
        let (year, end, next) = year.unwrap_or_else(|| {
            let shared = self.year_of_the_next_month(month.next, month.calendar);
            (shared.unwrap_or(YearSpec::Unstated), month.end, month.next)
        });
        let value = self.resolve(MonthRef::Named(month.calendar, month.month), None, year)?;
        Some(Found { start: lead.unwrap_or(month.start), end, next, value, also: None })
    }

    /// The year a list of months states after its last: `يناير وفبراير من العام الماضي` puts
    /// January in last year too.
    fn year_of_the_next_month(&self, index: usize, calendar: Calendar) -> Option<YearSpec> {
        const LONGEST_LIST: usize = 4;
        let mut at = index;
        for _ in 0..LONGEST_LIST {
            let joined_by_and = self.words.key(at).starts_with('و');
            let name_at = at + usize::from(self.words.key(at) == "و");
            let month = self
                .month_in_series_at(name_at, true)
                .filter(|month| joined_by_and && month.calendar == calendar)?;
            if let Some((year, _, _)) = self.year_spec_at(month.next, calendar) {
                return Some(year);
            }
            at = month.next;
        }
        None
    }

    /// `عام 2015`, `في العام 2015`, `لعام 2017`, `سنة 1990`, `عام 1440 هـ`.
    fn year_at(&self, index: usize) -> Option<Found> {
        let start = self.first_in(index, YEAR_WORDS)?;
        let (year, end, next) = self.any_year_at(index + 1)?;
        Some(Found { start, end, next, value: Value::Year(Some(year)), also: None })
    }

    /// A year in digits as a Gregorian year: Hijri when marked `هـ`.
    fn any_year_at(&self, index: usize) -> Option<(i64, usize, usize)> {
        if self.key_in(index + 1, HIJRI_ERA) {
            if let Some((year, end, next)) = self.year_number_at(index, Calendar::Hijri) {
                return Some((gregorian_year_of_hijri(year), end, next));
            }
        }
        self.year_number_at(index, Calendar::Gregorian)
    }

    /// A four-digit number that is a year without a year word: after a preposition of time
    /// (`منذ 2011`, `في 2015`) when it counts nothing, with an era mark (`2015م`, `1439هـ`),
    /// or joined to a year just read (`2016` of `عامي 2014 و2016`).
    fn bare_year_at(&self, index: usize, previous: Option<Previous>) -> Option<Found> {
        let number = self.four_digits_at(index)?;
        let marked = self.key_in(index + 1, GREGORIAN_ERA) || self.key_in(index + 1, HIJRI_ERA);
        if marked {
            let (year, end, next) = self.any_year_at(index)?;
            return Some(Found {
                start: self.start(index),
                end,
                next,
                value: Value::Year(Some(year)),
                also: None,
            });
        }
        let joined_to_a_year = index.checked_sub(1).is_some_and(|joint| {
            previous.is_some_and(|p| p.is_year && p.next == joint) && self.joined_after(joint).is_some()
        });
        let after_preposition = TIME_PREPOSITIONS.contains(&self.key_before(index));
        let is_year = (1900..=2100).contains(&number)
            && (joined_to_a_year || (after_preposition && !self.counts_something(index)));
        is_year.then(|| Found {
            start: self.start(index),
            end: self.end(index),
            next: index + 1,
            value: Value::Year(Some(number.into())),
            also: None,
        })
    }

    /// The number at `index` counts something after it (`2000 غارة`, `2000 من المقاتلين`),
    /// as the quantity reader sees it.
    fn counts_something(&self, index: usize) -> bool {
        const WINDOW: usize = 3;
        find_quantities_in(&self.words.window(index..index + WINDOW))
            .first()
            .is_some_and(|quantity| quantity.start == self.start(index) && quantity.unit.is_some())
    }

    /// `الخميس`, `الثلاثاء الماضي`, `الأحد المقبل`, `الخميس 12 نيسان`.
    fn weekday_at(&self, index: usize) -> Option<Found> {
        let (weekday, start) = self.first_of(index, WEEKDAYS)?;
        if self.is_not_a_weekday(index, weekday) {
            return None;
        }
        if let Some(date) = self.date_after_weekday(index + 1) {
            return Some(Found { start, ..date });
        }
        let (relation, end, next) = match lookup(RELATIONS, self.words.key(index + 1)) {
            Some(relation @ (Relation::Past | Relation::Next)) => {
                (Some(relation), self.end(index + 1), index + 2)
            }
            _ => (None, self.end(index), index + 1),
        };
        Some(Found { start, end, next, value: self.weekday_value(weekday, relation), also: None })
    }

    /// The words that make a weekday name something else: `الأحد عشر` (eleven), and `الاثنين`
    /// as "the two" (`كلا الاثنين`, `الأطراف الاثنين`, `الطرفين الاثنين`, `الاثنين من`).
    fn is_not_a_weekday(&self, index: usize, weekday: u32) -> bool {
        match weekday {
            0 => self.words.key(index + 1) == TEEN,
            1 => {
                let before = self.key_before(index);
                let after_a_dual = before.starts_with("ال")
                    && before.ends_with("ين")
                    && before.chars().count() >= 6
                    && !NAMES_ENDING_LIKE_A_DUAL.contains(&before);
                self.key_in(index + 1, NOT_MONDAY_AFTER)
                    || NOT_MONDAY_BEFORE.contains(&before)
                    || after_a_dual
            }
            _ => false,
        }
    }

    /// A date written after a weekday: `12 نيسان`, `الموافق 12 نيسان`, `، 12 نيسان`,
    /// `(12 نيسان)`.
    fn date_after_weekday(&self, index: usize) -> Option<Found> {
        let opened = self.is_punct(index, &[OPEN_PAREN]);
        let skipped = opened || self.key_in(index, DATE_AFTER_WEEKDAY) || self.is_punct(index, COMMAS);
        let at = index + usize::from(skipped);
        let date = self.day_and_month_at(at).or_else(|| self.numeric_date_at(at))?;
        let closes = opened && self.is_punct(date.next, &[CLOSE_PAREN]);
        Some(Found { next: date.next + usize::from(closes), ..date })
    }

    /// `يوم الأربعاء`, `صباح الخميس`, `مساء أمس`, `صباح يوم الخميس`, `يوم 15 أيار`.
    fn led_day_at(&self, index: usize) -> Option<Found> {
        // A shadda makes the word a verb: `فجّر أمس` is "blew up yesterday", not "dawn".
        if self.words.raw(index).contains(SHADDA) {
            return None;
        }
        let start = self.first_in(index, DAY_LEADS)?;
        let mut core = index + 1;
        if self.words.key(index) != DAY_WORD && self.words.key(core) == DAY_WORD {
            core += 1;
        }
        let date = self
            .weekday_at(core)
            .or_else(|| self.relative_day_at(core, true))
            .or_else(|| self.day_and_month_at(core))?;
        Some(Found { start, ..date })
    }

    /// `اليوم`, `أمس`, `أول أمس`, `غداً`, `الليلة الماضية`, `قبل يومين`; after a lead also
    /// `غد` and `الغد`; with the day the text says it is (`غدا الاثنين`, `اليوم (الخميس)`).
    fn relative_day_at(&self, index: usize, led: bool) -> Option<Found> {
        let (phrase, start, next) = self.relative_phrase_at(index, led)?;
        let end = self.end(next - 1);
        if let Some(date) = self.day_named_after(next, end, phrase.days) {
            return Some(Found { start, ..date });
        }
        Some(Found { start, end, next, value: self.shifted_days(phrase.days), also: None })
    }

    /// The phrase of a relative day at `index`, where it starts, and the token after it.
    fn relative_phrase_at(&self, index: usize, led: bool) -> Option<(&RelativeDay, usize, usize)> {
        let (phrase, start) = RELATIVE_DAYS
            .iter()
            .filter(|phrase| led || !phrase.needs_lead)
            .find_map(|phrase| Some((phrase, self.phrase_at(index, phrase.words)?)))?;
        let next = index + phrase.words.len();
        let refused = match phrase.words.last().copied().unwrap_or_default() {
            TODAY => self.is_not_today(index),
            "امس" | "الامس" => self.key_in(next, NOT_YESTERDAY_AFTER),
            "يومين" => self.key_in(next, COUNTED_FROM_ELSEWHERE),
            _ => false,
        };
        (!refused).then_some((phrase, start, next))
    }

    /// `اليوم` as "the day" or a name: `اليوم التالي`, `ذلك اليوم`, `اليوم الـ15`,
    /// `"روسيا اليوم"`, the newspaper `"اليوم"`.
    fn is_not_today(&self, index: usize) -> bool {
        let next = index + 1;
        let ordinal_number = self.words.is_kind(next, TokenKind::Number)
            && !self.words.raw(next).starts_with(|c: char| is_digit(c));
        let quoted_name = self.is_punct(next, QUOTES)
            && (index.checked_sub(1).is_some_and(|k| self.is_punct(k, QUOTES))
                || index.checked_sub(2).is_some_and(|k| self.is_punct(k, QUOTES)));
        self.key_in(next, NOT_TODAY_AFTER)
            || NOT_TODAY_BEFORE.contains(&self.key_before(index))
            || ordinal_number
            || quoted_name
    }

    /// The day a text names right after a relative day (ending at `end`, `days` from
    /// publication), which is the day it means: `غدا الاثنين`, `أمس الأربعاء` are one mention
    /// of the weekday nearest that day; `اليوم (الخميس)`, `اليوم (أمس)` are two mentions of the
    /// day in parentheses (a quoted "today" that the writer dates). The named day wins over the
    /// count, which is off when an article is dated after it was written.
    fn day_named_after(&self, index: usize, end: usize, days: i64) -> Option<Found> {
        if !self.is_punct(index, &[OPEN_PAREN]) {
            let weekday = lookup(WEEKDAYS, self.words.key(index))?;
            return Some(Found {
                start: 0,
                end: self.end(index),
                next: index + 1,
                value: self.weekday_near(weekday, days),
                also: None,
            });
        }
        let inner = index + 1;
        let (value, inner_next) = match lookup(WEEKDAYS, self.words.key(inner)) {
            Some(weekday) => (self.weekday_near(weekday, days), inner + 1),
            None => {
                let (phrase, _, next) = self.relative_phrase_at(inner, false)?;
                (self.shifted_days(phrase.days), next)
            }
        };
        self.is_punct(inner_next, &[CLOSE_PAREN]).then(|| Found {
            start: 0,
            end,
            next: inner_next + 1,
            value,
            also: Some((self.start(inner), self.end(inner_next - 1))),
        })
    }

    /// `العام الماضي`, `السنة المقبلة`, `هذا العام`, `الشهر الماضي`, `هذا الشهر`.
    fn period_at(&self, index: usize) -> Option<Found> {
        if let Some(period) = self.relative_year_at(index, true) {
            return Some(Found {
                start: period.start,
                end: period.end,
                next: period.next,
                value: self.shifted_years(period.shift),
                also: None,
            });
        }
        let period = self.relative_month_at(index)?;
        Some(Found {
            start: period.start,
            end: period.end,
            next: period.next,
            value: self.shifted_months(period.shift, None)?,
            also: None,
        })
    }

    /// `العام الماضي` (-1), `العام الجاري` (0), `هذا العام` (0), `السنة المقبلة` (+1), `العام
    /// قبل الماضي` (-2); `first` allows a proclitic on the first word.
    fn relative_year_at(&self, index: usize, first: bool) -> Option<Period> {
        let start_of = |word: &str| {
            if first {
                self.first_is(index, word)
            } else {
                (self.words.key(index) == word).then(|| self.start(index))
            }
        };
        for this in THIS {
            if let Some(start) = start_of(this).filter(|_| self.key_in(index + 1, YEAR_NOUNS)) {
                return Some(Period { shift: 0, start, end: self.end(index + 1), next: index + 2 });
            }
        }
        let start = YEAR_NOUNS.iter().find_map(|noun| start_of(noun))?;
        if self.words.key(index) == "العام" && GENERAL_TITLES.contains(&self.key_before(index)) {
            return None;
        }
        if (1..=2).all(|k| self.words.key(index + k) == BEFORE_LAST[k - 1]) {
            return Some(Period { shift: -2, start, end: self.end(index + 2), next: index + 3 });
        }
        let relation = lookup(RELATIONS, self.words.key(index + 1))?;
        Some(Period { shift: shift_of(relation), start, end: self.end(index + 1), next: index + 2 })
    }

    /// `الشهر الماضي` (-1), `الشهر الجاري` (0), `هذا الشهر` (0), `الشهر المقبل` (+1).
    fn relative_month_at(&self, index: usize) -> Option<Period> {
        if let Some(start) = self.first_in(index, THIS) {
            return (self.words.key(index + 1) == MONTH_NOUN).then(|| Period {
                shift: 0,
                start,
                end: self.end(index + 1),
                next: index + 2,
            });
        }
        let start = self.first_is(index, MONTH_NOUN)?;
        let relation = lookup(RELATIONS, self.words.key(index + 1))?;
        Some(Period { shift: shift_of(relation), start, end: self.end(index + 1), next: index + 2 })
    }

    /// `منذ عام`, `منذ عام مضى`, `قبل عامين`: a year counted back from publication, unless a
    /// year follows (`منذ عام 2015`) or it counts from something else (`قبل عام من`).
    fn years_ago_at(&self, index: usize) -> Option<Found> {
        let start = self.first_in(index, YEARS_AGO_LEADS)?;
        let years = lookup(YEARS_AGO, self.words.key(index + 1))?;
        let after = index + 2;
        let something_else = self.words.is_kind(after, TokenKind::Number)
            || self.key_in(after, COUNTED_FROM_ELSEWHERE)
            || self.words.key(after).starts_with('و');
        if something_else {
            return None;
        }
        let last = if self.words.key(after) == PASSED { after } else { index + 1 };
        Some(Found {
            start,
            end: self.end(last),
            next: last + 1,
            value: self.shifted_years(-years),
            also: None,
        })
    }

    /// `قبل 3 أيام`, `قبل ثلاثة أيام`: a few days before publication.
    fn days_ago_at(&self, index: usize) -> Option<Found> {
        let start = self.first_is(index, BEFORE)?;
        let count = if self.words.is_kind(index + 1, TokenKind::Number) {
            plain_number(self.words.raw(index + 1)).map(|n| i64::from(n.value))
        } else {
            lookup(DAY_COUNTS, self.words.key(index + 1))
        }
        .filter(|count| (1..=MOST_DAYS_AGO).contains(count))?;
        let unit = index + 2;
        if !self.key_in(unit, DAYS_WORDS) || self.key_in(unit + 1, COUNTED_FROM_ELSEWHERE) {
            return None;
        }
        Some(Found {
            start,
            end: self.end(unit),
            next: unit + 1,
            value: self.shifted_days(-count),
            also: None,
        })
    }

    // --- resolving ---

    fn resolve(&self, month: MonthRef, day: Option<u32>, year: YearSpec) -> Option<Value> {
        match month {
            MonthRef::Shifted(shift) => self.shifted_months(shift, day),
            MonthRef::Named(Calendar::Gregorian, month) => self.gregorian_date(month, day, year),
            MonthRef::Named(Calendar::Hijri, month) => self.hijri_date(month, day, year),
        }
    }

    fn gregorian_date(&self, month: u32, day: Option<u32>, spec: YearSpec) -> Option<Value> {
        let year = match spec {
            YearSpec::Explicit(year) => Some(year),
            _ => self.anchor.map(|now| {
                let at = (month, day.unwrap_or(0));
                occurrence_year(now.year, (now.month, now.day), at, spec)
            }),
        };
        let Some(day) = day else {
            return Some(Value::Month { year, month });
        };
        // Without a year, 29 February may be.
        const SOME_LEAP_YEAR: i64 = 2000;
        let last = days_in_month(year.unwrap_or(SOME_LEAP_YEAR), month);
        (1..=last).contains(&day).then_some(Value::Day { year, month, day })
    }

    /// A Hijri month or day, in the Gregorian calendar; unknown without a year to place it in.
    fn hijri_date(&self, month: u32, day: Option<u32>, spec: YearSpec) -> Option<Value> {
        const LONGEST_MONTH: u32 = 30;
        const MIDDLE_DAY: u32 = 15;
        if day.is_some_and(|day| !(1..=LONGEST_MONTH).contains(&day)) {
            return None;
        }
        let year = match spec {
            YearSpec::Explicit(year) => Some(year),
            _ => self.anchor.map(|now| {
                let (year, this_month, today) = hijri_from_days(now.days());
                occurrence_year(year, (this_month, today), (month, day.unwrap_or(0)), spec)
            }),
        };
        let Some(year) = year else {
            return Some(UNKNOWN);
        };
        let date = civil_from_days(days_from_hijri(year, month, day.unwrap_or(MIDDLE_DAY)));
        Some(match day {
            Some(_) => Value::day(date),
            None => Value::Month { year: Some(date.year), month: date.month },
        })
    }

    /// The month `shift` months from publication (and a day of it).
    fn shifted_months(&self, shift: i64, day: Option<u32>) -> Option<Value> {
        let Some(now) = self.anchor else {
            return day.map_or(Some(UNKNOWN), |day| (day <= 31).then_some(UNKNOWN));
        };
        let months = now.year * 12 + i64::from(now.month) - 1 + shift;
        let (year, month) = (months.div_euclid(12), months.rem_euclid(12) as u32 + 1);
        let Some(day) = day else {
            return Some(Value::Month { year: Some(year), month });
        };
        (day <= days_in_month(year, month)).then_some(Value::Day { year: Some(year), month, day })
    }

    fn shifted_years(&self, shift: i64) -> Value {
        self.anchor.map_or(UNKNOWN, |now| Value::Year(Some(now.year + shift)))
    }

    fn shifted_days(&self, shift: i64) -> Value {
        self.anchor.map_or(UNKNOWN, |now| Value::day(civil_from_days(now.days() + shift)))
    }

    /// The day named `weekday` nearest the day `days` from publication (three days either
    /// side).
    fn weekday_near(&self, weekday: u32, days: i64) -> Value {
        let Some(now) = self.anchor else {
            return UNKNOWN;
        };
        let target = now.days() + days;
        let offset = (i64::from(weekday) - i64::from(weekday_of(target)) + 3).rem_euclid(7) - 3;
        Value::day(civil_from_days(target + offset))
    }

    /// The day named `weekday` of the week of publication: on or before it, strictly before
    /// it after `الماضي`, strictly after it after `المقبل`.
    fn weekday_value(&self, weekday: u32, relation: Option<Relation>) -> Value {
        let Some(now) = self.anchor else {
            return UNKNOWN;
        };
        let today = now.days();
        let this = weekday_of(today);
        let back = i64::from((this + 7 - weekday) % 7);
        let ahead = i64::from((weekday + 7 - this) % 7);
        let days = match relation {
            Some(Relation::Past) if back == 0 => today - 7,
            Some(Relation::Next) if ahead == 0 => today + 7,
            Some(Relation::Next) => today + ahead,
            _ => today - back,
        };
        Value::day(civil_from_days(days))
    }
}

fn shift_of(relation: Relation) -> i64 {
    match relation {
        Relation::Past => -1,
        Relation::Current => 0,
        Relation::Next => 1,
    }
}

/// A day given in full in digits: Gregorian, or Hijri when the year is (`15/9/1439`).
fn explicit_day(year: i64, month: u32, day: u32) -> Option<Value> {
    if !(1..=12).contains(&month) || day == 0 {
        return None;
    }
    if (1900..=2100).contains(&year) {
        return Civil::checked(year, month, day).map(Value::day);
    }
    if (1300..=1600).contains(&year) && day <= 30 {
        return Some(Value::day(civil_from_days(days_from_hijri(year, month, day))));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    const PUBLISHED: Option<(i32, u32, u32)> = Some((2018, 6, 7));

    fn dates(text: &str, published: Option<(i32, u32, u32)>) -> Vec<(String, String)> {
        find_dates(text, &tokenize(text), published)
            .into_iter()
            .map(|m| (text[m.start..m.end].to_string(), m.value))
            .collect()
    }

    /// The one date of `text`, as (span, value).
    fn one(text: &str, published: Option<(i32, u32, u32)>) -> (String, String) {
        let found = dates(text, published);
        assert_eq!(found.len(), 1, "one date in {text:?}: {found:?}");
        found.into_iter().next().unwrap_or_default()
    }

    fn value(text: &str, published: Option<(i32, u32, u32)>) -> String {
        one(text, published).1
    }

    fn none(text: &str, published: Option<(i32, u32, u32)>) {
        assert_eq!(dates(text, published), vec![], "no date in {text:?}");
    }

    fn pair(span: &str, value: &str) -> (String, String) {
        (span.to_string(), value.to_string())
    }

    #[test]
    fn calendar_arithmetic() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2018, 1, 1), 17_532);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        for days in [-800_000, -1, 0, 59, 10_956, 11_016, 17_532, 2_000_000] {
            let date = civil_from_days(days);
            assert_eq!(days_from_civil(date.year, date.month, date.day), days);
        }
        assert_eq!(civil_from_days(11_016), Civil { year: 2000, month: 2, day: 29 });
        // 27 April 2018 was a Friday, 18 April a Wednesday.
        assert_eq!(weekday_of(days_from_civil(2018, 4, 27)), 5);
        assert_eq!(weekday_of(days_from_civil(2018, 4, 18)), 3);
        assert_eq!(days_in_month(1900, 2), 28);
        assert_eq!(days_in_month(2000, 2), 29);
    }

    #[test]
    fn tabular_hijri_calendar() {
        // 1 Ramadan 1439 = 16 May 2018; 1 Muharram 1440 = 12 September 2018 (tabular; the
        // crescent was seen a day earlier).
        assert_eq!(civil_from_days(days_from_hijri(1439, 9, 1)), Civil { year: 2018, month: 5, day: 16 });
        assert_eq!(civil_from_days(days_from_hijri(1440, 1, 1)), Civil { year: 2018, month: 9, day: 12 });
        // The epoch: 1 Muharram 1 = 16 July 622 Julian = 19 July 622 proleptic Gregorian.
        assert_eq!(civil_from_days(days_from_hijri(1, 1, 1)), Civil { year: 622, month: 7, day: 19 });
        for days in [-492_148, -100_000, 0, 17_667, 17_783, 30_000] {
            let (year, month, day) = hijri_from_days(days);
            assert_eq!(days_from_hijri(year, month, day), days, "{year}-{month}-{day}");
        }
        assert_eq!(hijri_from_days(days_from_civil(2018, 6, 7)), (1439, 9, 23));
        assert_eq!(gregorian_year_of_hijri(1439), 2018);
    }

    #[test]
    fn weekdays_fall_on_or_before_publication() {
        // 27 April 2018 was a Friday.
        assert_eq!(one("الخميس", Some((2018, 4, 27))), pair("الخميس", "2018-04-26"));
        assert_eq!(value("وصل الجمعة", Some((2018, 5, 25))), "2018-05-25");
        assert_eq!(
            one("قتل 18 جنديا، يوم الأربعاء، إثر هجوم", Some((2018, 4, 18))),
            pair("يوم الأربعاء", "2018-04-18")
        );
        assert_eq!(
            one("أغارت طائرات، صباح الخميس، على موقع", Some((2018, 6, 7))),
            pair("صباح الخميس", "2018-06-07")
        );
        assert_eq!(one("ضربة مساء الأحد في بلدة", Some((2018, 6, 21))), pair("مساء الأحد", "2018-06-17"));
        assert_eq!(one("بعد منتصف ليلة الخميس", Some((2018, 5, 25))), pair("ليلة الخميس", "2018-05-24"));
        assert_eq!(value("في البيت الأبيض الثلاثاء", Some((2018, 4, 27))), "2018-04-24");
        assert_eq!(value("ذكر المرصد، الاثنين، أن", Some((2018, 6, 4))), "2018-06-04");
        assert_eq!(value("قال المرصد السوري الإثنين", Some((2018, 6, 6))), "2018-06-04");
        assert_eq!(value("صلاة الجمعة", Some((2018, 6, 7))), "2018-06-01");
        assert_eq!(value("يوم السبت", Some((2018, 6, 7))), "2018-06-02");
        assert_eq!(one("والخميس", PUBLISHED), pair("الخميس", "2018-06-07"));
        assert_eq!(one("الخميس", None), pair("الخميس", "XXXX"));
    }

    #[test]
    fn last_and_next_weekdays_skip_the_day_of_publication() {
        // 5 June 2018 was a Tuesday.
        let tuesday = Some((2018, 6, 5));
        assert_eq!(one("الثلاثاء الماضي", tuesday), pair("الثلاثاء الماضي", "2018-05-29"));
        assert_eq!(value("الثلاثاء الماضي", Some((2018, 6, 7))), "2018-06-05");
        assert_eq!(value("الأحد المقبل", tuesday), "2018-06-10");
        assert_eq!(value("الثلاثاء القادم", tuesday), "2018-06-12");
        assert_eq!(value("يوم الجمعة الفائت", tuesday), "2018-06-01");
        assert_eq!(value("الأحد المقبل", None), "XXXX");
    }

    #[test]
    fn a_date_after_a_weekday_decides() {
        assert_eq!(
            one("يوم الخميس 12 نيسان 2017", PUBLISHED),
            pair("يوم الخميس 12 نيسان 2017", "2017-04-12")
        );
        assert_eq!(one("الخميس الموافق 12 نيسان", PUBLISHED), pair("الخميس الموافق 12 نيسان", "2018-04-12"));
        assert_eq!(one("الأحد (3 حزيران) قال", PUBLISHED), pair("الأحد (3 حزيران", "2018-06-03"));
    }

    #[test]
    fn what_is_not_a_weekday() {
        none("اتفق الأطراف الاثنين على الهدنة", PUBLISHED);
        none("قتل الاثنين من المسلحين", PUBLISHED);
        none("كلا الاثنين", PUBLISHED);
        none("بين الطرفين الاثنين", PUBLISHED);
        none("الأحد عشر كوكبا", PUBLISHED);
        assert_eq!(value("في البحرين الاثنين", Some((2018, 6, 4))), "2018-06-04");
    }

    #[test]
    fn days_counted_from_publication() {
        let published = Some((2018, 5, 25));
        assert_eq!(one("اليوم", published), pair("اليوم", "2018-05-25"));
        assert_eq!(one("وأمس", published), pair("أمس", "2018-05-24"));
        assert_eq!(value("بالأمس", published), "2018-05-24");
        assert_eq!(value("البارحة", published), "2018-05-24");
        assert_eq!(one("أول أمس", published), pair("أول أمس", "2018-05-23"));
        assert_eq!(value("أول من أمس", published), "2018-05-23");
        assert_eq!(value("أمس الأول", published), "2018-05-23");
        assert_eq!(one("الليلة الماضية", published), pair("الليلة الماضية", "2018-05-24"));
        assert_eq!(value("الليلة قبل الماضية", published), "2018-05-23");
        assert_eq!(one("مساء أمس", published), pair("مساء أمس", "2018-05-24"));
        assert_eq!(one("فجر اليوم", published), pair("فجر اليوم", "2018-05-25"));
        assert_eq!(one("يوم أمس", published), pair("يوم أمس", "2018-05-24"));
        assert_eq!(value("غداً", published), "2018-05-26");
        assert_eq!(value("صباح الغد", published), "2018-05-26");
        assert_eq!(value("يوم غد", published), "2018-05-26");
        assert_eq!(value("بعد غد", published), "2018-05-27");
        assert_eq!(one("قبل يومين", published), pair("قبل يومين", "2018-05-23"));
        assert_eq!(one("قبل 3 أيام", published), pair("قبل 3 أيام", "2018-05-22"));
        assert_eq!(value("قبل ثلاثة أيام", published), "2018-05-22");
        assert_eq!(value("حتى اليوم", published), "2018-05-25");
        for text in ["اليوم", "أمس", "قبل يومين", "غدا"] {
            assert_eq!(value(text, None), "XXXX");
        }
    }

    #[test]
    fn today_named_by_its_weekday() {
        let published = Some((2018, 5, 25));
        assert_eq!(
            dates("صباح اليوم (الخميس) ضربات", published),
            vec![pair("صباح اليوم", "2018-05-24"), pair("الخميس", "2018-05-24")]
        );
        assert_eq!(one("اليوم الخميس", published), pair("اليوم الخميس", "2018-05-24"));
        // 26 March 2007 was a Monday; the article was dated the day before it appeared.
        assert_eq!(one("الذي سيجرى غدا الاثنين،", Some((2007, 3, 26))), pair("غدا الاثنين", "2007-03-26"));
        assert_eq!(
            one("فجر يوم أول من أمس الخميس.", Some((2008, 9, 6))),
            pair("فجر يوم أول من أمس الخميس", "2008-09-04")
        );
        assert_eq!(
            dates("خرجوا اليوم (امس) للتعبير", Some((2007, 10, 23))),
            vec![pair("اليوم", "2007-10-22"), pair("امس", "2007-10-22")]
        );
        assert_eq!(dates("اليوم (الخميس)", None), vec![pair("اليوم", "XXXX"), pair("الخميس", "XXXX")]);
    }

    #[test]
    fn what_is_not_today_or_yesterday() {
        none("في اليوم التالي", PUBLISHED);
        none("منذ اليوم الأول للحرب", PUBLISHED);
        none("اليوم الأخير", PUBLISHED);
        none("في ذلك اليوم", PUBLISHED);
        none("هذا اليوم", PUBLISHED);
        none("صباح اليوم التالي", PUBLISHED);
        none("اليوم نفسه", PUBLISHED);
        none("اليوم العالمي للمرأة", PUBLISHED);
        none("في اليوم الـ15 للهجوم", PUBLISHED);
        none("مقابلة مع قناة \"روسيا اليوم\"، تم بثها", PUBLISHED);
        none("حتى الأمس القريب", PUBLISHED);
        none("يوم", PUBLISHED);
        none("في يوم من الأيام", PUBLISHED);
        none("قبل يومين من الهجوم", PUBLISHED);
        none("بعد أربعة أيام", PUBLISHED);
        none("في الأيام الماضية", PUBLISHED);
        none("بعد أقل من 3 أيام", PUBLISHED);
        none("منذ أسابيع", PUBLISHED);
        none("غداة الهجوم", PUBLISHED);
        none("عراق الغد", PUBLISHED);
    }

    #[test]
    fn day_and_month() {
        let published = Some((2018, 4, 18));
        assert_eq!(one("منذ 13 مارس الماضي", published), pair("13 مارس الماضي", "2018-03-13"));
        assert_eq!(
            one("في الثاني من أبريل الماضي", Some((2018, 6, 4))),
            pair("الثاني من أبريل الماضي", "2018-04-02")
        );
        assert_eq!(one("في الـ10 من سبتمبر الماضي", published), pair("الـ10 من سبتمبر الماضي", "2017-09-10"));
        assert_eq!(value("10 من سبتمبر", published), "2017-09-10");
        assert_eq!(value("في 25 أبريل", published), "2017-04-25");
        assert_eq!(value("في 18 نيسان", published), "2018-04-18");
        assert_eq!(value("في 25 أبريل المقبل", published), "2018-04-25");
        assert_eq!(value("في 2 نيسان المقبل", published), "2019-04-02");
        assert_eq!(value("في 15 أيار 2016", published), "2016-05-15");
        assert_eq!(value("في 15 أيار/مايو 2016", published), "2016-05-15");
        assert_eq!(value("بالـ5 من الشهر الجاري", published), "2018-04-05");
        assert_eq!(value("في 28 من الشهر الماضي", published), "2018-03-28");
        assert_eq!(value("في 31 من الشهر الماضي", Some((2018, 6, 2))), "2018-05-31");
        assert_eq!(value("في 31 من الشهر الماضي", Some((2018, 5, 2))), "2018-04");
    }

    #[test]
    fn ordinal_days() {
        let published = Some((2018, 4, 18));
        assert_eq!(
            one("في السادس عشر من تشرين الثاني", None),
            pair("السادس عشر من تشرين الثاني", "XXXX-11-16")
        );
        assert_eq!(value("في السادس عشر من تشرين الثاني", published), "2017-11-16");
        assert_eq!(value("الأول من كانون الثاني", published), "2018-01-01");
        assert_eq!(value("العاشر من رمضان", None), "XXXX");
        assert_eq!(value("الحادي والعشرين من أيار 2017", published), "2017-05-21");
        assert_eq!(value("الحادي و العشرين من أيار 2017", published), "2017-05-21");
        assert_eq!(value("الثاني عشر من حزيران 2017", published), "2017-06-12");
        assert_eq!(value("الحادي عشر من سبتمبر 2001", published), "2001-09-11");
        assert_eq!(value("الثلاثين من حزيران 2017", published), "2017-06-30");
        assert_eq!(value("في العشرين من الشهر الجاري", published), "2018-04-20");
        assert_eq!(value("أول أيار", published), "2017-05-01");
        // No such day: the month stands alone.
        assert_eq!(one("الثلاثين من شباط 2017", published), pair("شباط 2017", "2017-02"));
        none("الفصل الثاني من الكتاب", published);
        assert_eq!(one("الحادي من أيار", published), pair("أيار", "2017-05"));
    }

    #[test]
    fn each_day_of_a_list_takes_the_month() {
        assert_eq!(
            dates("خلال فترة ما بين 8 و12 أيلول الماضي تظهر", None),
            vec![pair("8", "XXXX-09-08"), pair("12 أيلول الماضي", "XXXX-09-12")]
        );
        assert_eq!(
            dates("من 5 إلى 9 حزيران 2017", None),
            vec![pair("5", "2017-06-05"), pair("9 حزيران 2017", "2017-06-09")]
        );
        assert_eq!(
            dates("في 3 و5 و7 آب", Some((2018, 9, 1))),
            vec![pair("3", "2018-08-03"), pair("5", "2018-08-05"), pair("7 آب", "2018-08-07")]
        );
        none("قتل 8 و12 جريحا", PUBLISHED);
    }

    #[test]
    fn days_and_months_that_name_something() {
        none("استخدمت قوى 14 آذار المناسبة", PUBLISHED);
        none("قوى «14 آذار» تنتظر", PUBLISHED);
        none("اغتيال عدد من قادة الرابع عشر من آذار", PUBLISHED);
        none("الانقسام بين فريقي 8 و14 آذار", PUBLISHED);
        none("ومدرسة 7 يوليو", PUBLISHED);
        none("أحد انتحاريي 11 سبتمبر", PUBLISHED);
        none("حدود الرابع من حزيران", PUBLISHED);
        none("خلال حرب تموز", PUBLISHED);
        none("مع ثورة يوليو في مصر", PUBLISHED);
        // Something that vouches for a date: a preposition, punctuation, a date before it, a
        // year or a relation.
        assert_eq!(value("وقع في 14 آذار", PUBLISHED), "2018-03-14");
        assert_eq!(value("قوى 14 آذار 2005", PUBLISHED), "2005-03-14");
        assert_eq!(value("بتاريخ 7 يوليو", PUBLISHED), "2017-07-07");
        assert_eq!(value("المسؤولية عن تفجيري 11 ديسمبر.", PUBLISHED), "2017-12-11");
        assert_eq!(
            dates("19 – 23 مارس: طلاب", PUBLISHED),
            vec![pair("19", "2018-03-19"), pair("23 مارس", "2018-03-23")]
        );
        assert_eq!(
            dates("في 23 يوليو و26 يوليو", PUBLISHED),
            vec![pair("23 يوليو", "2017-07-23"), pair("26 يوليو", "2017-07-26")]
        );
        assert_eq!(
            dates("في الفترة من 5 إلى 9 حزيران", PUBLISHED),
            vec![pair("5", "2018-06-05"), pair("9 حزيران", "2017-06-09")]
        );
        assert_eq!(value("شهد تموز معارك", PUBLISHED), "2017-07");
    }

    #[test]
    fn verbs_and_measures_that_look_like_dates() {
        assert_eq!(one("فجّر أمس انتحاري نفسه", PUBLISHED), pair("أمس", "2018-06-06"));
        none("مقابل 145 يورو في اليوم", PUBLISHED);
        assert_eq!(value("كانون أول - ديسمبر 2010", PUBLISHED), "2010-12");
    }

    #[test]
    fn months_of_every_series() {
        let published = Some((2018, 6, 7));
        let series: [[&str; 12]; 3] = [
            [
                "كانون الثاني",
                "شباط",
                "آذار",
                "نيسان",
                "أيار",
                "حزيران",
                "تموز",
                "آب",
                "أيلول",
                "تشرين الأول",
                "تشرين الثاني",
                "كانون الأول",
            ],
            [
                "يناير",
                "فبراير",
                "مارس",
                "أبريل",
                "مايو",
                "يونيو",
                "يوليو",
                "أغسطس",
                "سبتمبر",
                "أكتوبر",
                "نوفمبر",
                "ديسمبر",
            ],
            [
                "جانفي",
                "فيفري",
                "مارس",
                "أفريل",
                "ماي",
                "جوان",
                "جويلية",
                "أوت",
                "سبتمبر",
                "أكتوبر",
                "نوفمبر",
                "ديسمبر",
            ],
        ];
        for names in series {
            for (k, name) in names.iter().enumerate() {
                let month = k as u32 + 1;
                let text = format!("في {name} 2017");
                assert_eq!(value(&text, published), format!("2017-{month:02}"), "{text}");
                let text = format!("في {name}");
                let year = if month <= 6 { 2018 } else { 2017 };
                assert_eq!(value(&text, published), format!("{year}-{month:02}"), "{text}");
                let text = format!("في 3 {name} الماضي");
                assert_eq!(value(&text, None), format!("XXXX-{month:02}-03"), "{text}");
            }
        }
        for (name, month) in [
            ("يونيه", 6),
            ("يوليه", 7),
            ("إبريل", 4),
            ("اغسطس", 8),
            ("يوليوز", 7),
            ("غشت", 8),
            ("شتنبر", 9),
            ("نونبر", 11),
            ("دجنبر", 12),
        ] {
            assert_eq!(value(&format!("في {name} 2016"), published), format!("2016-{month:02}"));
        }
    }

    #[test]
    fn months_alone_and_related() {
        let published = Some((2018, 5, 9));
        assert_eq!(
            one("انسحبوا في شباط/فبراير الفائت بعد", published),
            pair("شباط/فبراير الفائت", "2018-02")
        );
        assert_eq!(one("في يونيو / حزيران 2017، وتحرير", published), pair("يونيو / حزيران 2017", "2017-06"));
        assert_eq!(value("حزيران (يونيو) 2017", published), "2017-06");
        assert_eq!(one("حزيران (يونيو)", published), pair("حزيران (يونيو", "2017-06"));
        assert_eq!(value("في 5 يونيو حزيران 2017", published), "2017-06-05");
        assert_eq!(one("في أواخر مايو الماضي", Some((2018, 6, 7))), pair("مايو الماضي", "2018-05"));
        assert_eq!(one("في تموز الماضي", None), pair("تموز الماضي", "XXXX-07"));
        assert_eq!(value("في تموز الماضي", published), "2017-07");
        assert_eq!(value("في مايو الماضي", published), "2018-05");
        assert_eq!(value("في أيار المقبل", published), "2019-05");
        assert_eq!(value("في تموز المقبل", published), "2018-07");
        assert_eq!(value("في تموز الجاري", published), "2018-07");
        assert_eq!(value("في تشرين الثاني الماضي", None), "XXXX-11");
        assert_eq!(
            one("في شهر أيار من العام الماضي", published),
            pair("شهر أيار من العام الماضي", "2017-05")
        );
        assert_eq!(value("في مايو من عام 2015", published), "2015-05");
        assert_eq!(value("في مايو من هذا العام", published), "2018-05");
        assert_eq!(value("وأيار", published), "2018-05");
        assert_eq!(
            dates("في يناير (كانون الثاني) وفبراير (شباط) من العام الماضي", published),
            vec![pair("يناير (كانون الثاني", "2017-01"), pair("فبراير (شباط) من العام الماضي", "2017-02")]
        );
        assert_eq!(
            dates("في نيسان و أيار 2016", published),
            vec![pair("نيسان", "2016-04"), pair("أيار 2016", "2016-05")]
        );
    }

    #[test]
    fn ambiguous_month_names_need_a_voucher() {
        let published = Some((2018, 5, 9));
        none("مارس الضغوط على الحكومة", published);
        none("قال أب القتيل", published);
        none("قال رمضان إن", published);
        none("أحمد الرمضان", published);
        none("من صفر", published);
        assert_eq!(value("في مارس", published), "2018-03");
        assert_eq!(value("مارس 2016", published), "2016-03");
        assert_eq!(value("آب/أغسطس", published), "2017-08");
        assert_eq!(value("خلال شهر رمضان", published), "2017-06");
    }

    #[test]
    fn hijri_dates() {
        let published = Some((2018, 6, 7));
        // 15 Ramadan 1439 = 30 May 2018 (tabular).
        assert_eq!(value("في رمضان", published), "2018-05");
        assert_eq!(value("في رمضان 1438 هـ", published), "2017-06");
        assert_eq!(value("في 10 رمضان 1439 هـ", published), "2018-05-25");
        assert_eq!(value("في العاشر من محرم", published), "2017-10-01");
        assert_eq!(value("في ذي الحجة الماضي", published), "2017-09");
        assert_eq!(value("في ذو القعدة المقبل", published), "2018-07");
        assert_eq!(value("في ربيع الأول 1440", published), "2018-11");
        assert_eq!(value("جمادى الآخرة 1439", published), "2018-03");
        assert_eq!(value("في شوال", None), "XXXX");
        assert_eq!(value("عام 1439 هـ", published), "2018");
        assert_eq!(one("1439هـ", published), pair("1439هـ", "2018"));
    }

    #[test]
    fn years() {
        let published = Some((2018, 6, 7));
        assert_eq!(one("في العام 2015", None), pair("العام 2015", "2015"));
        assert_eq!(one("منذ نهاية عام 2017،", None), pair("عام 2017", "2017"));
        assert_eq!(value("سنة 2014", None), "2014");
        assert_eq!(one("للعام 2016", None), pair("لعام 2016", "2016"));
        assert_eq!(value("في 2015", None), "2015");
        assert_eq!(value("منذ 2011", None), "2011");
        assert_eq!(one("2018م", None), pair("2018م", "2018"));
        assert_eq!(dates("بين عامي 2014 و2016", None), vec![pair("عامي 2014", "2014"), pair("2016", "2016")]);
        assert_eq!(dates("عام 2014-2015", None), vec![pair("عام 2014", "2014"), pair("2015", "2015")]);
        assert_eq!(one("العام الماضي", published), pair("العام الماضي", "2017"));
        assert_eq!(value("منذ العام الماضي", published), "2017");
        assert_eq!(value("السنة الماضية", published), "2017");
        assert_eq!(value("هذا العام", published), "2018");
        assert_eq!(value("العام الجاري", published), "2018");
        assert_eq!(value("العام المقبل", published), "2019");
        assert_eq!(value("العام قبل الماضي", published), "2016");
        assert_eq!(value("العام الماضي", None), "XXXX");
        assert_eq!(one("منذ عام", published), pair("منذ عام", "2017"));
        assert_eq!(one("منذ عام مضى،", None), pair("منذ عام مضى", "XXXX"));
        assert_eq!(value("قبل عامين", published), "2016");
        assert_eq!(value("الشهر الماضي", published), "2018-05");
        assert_eq!(value("الشهر الماضي", Some((2018, 1, 10))), "2017-12");
        assert_eq!(value("هذا الشهر", published), "2018-06");
        assert_eq!(value("الشهر المقبل", published), "2018-07");
    }

    #[test]
    fn what_is_not_a_year() {
        none("قتل 2000 مقاتل", PUBLISHED);
        none("في 2000 غارة", PUBLISHED);
        none("القرار 2254", PUBLISHED);
        none("الأمين العام الحالي", PUBLISHED);
        none("لمدة عام", PUBLISHED);
        none("منذ عام ونصف", PUBLISHED);
        none("قبل عام من الانتخابات", PUBLISHED);
        none("عبر السنوات الماضية", PUBLISHED);
        none("العام السابق", PUBLISHED);
    }

    #[test]
    fn durations_are_not_dates() {
        none("منذ شهر", PUBLISHED);
        none("خلال الساعات الـ24 الماضية", PUBLISHED);
        none("في الساعات الـ24 الأخيرة", PUBLISHED);
        none("لمدة عام", PUBLISHED);
        none("اليوم التالي", PUBLISHED);
        none("الأسبوع الماضي", PUBLISHED);
        none("هذا الأسبوع", PUBLISHED);
        none("خلال 30 يوماً", PUBLISHED);
        none("قبل عدة أشهر", PUBLISHED);
        none("منذ فترة قريبة", PUBLISHED);
        none("خلال الأسبوعين الماضيين", PUBLISHED);
    }

    #[test]
    fn numeric_dates() {
        assert_eq!(one("في 10/9/2017", None), pair("10/9/2017", "2017-09-10"));
        assert_eq!(one("2017-09-10", None), pair("2017-09-10", "2017-09-10"));
        assert_eq!(one("بتاريخ 10.9.2017.", None), pair("10.9.2017", "2017-09-10"));
        assert_eq!(value("٢٠١٧/٩/١٠", None), "2017-09-10");
        assert_eq!(value("15/9/1439", None), "2018-05-30");
        none("الساعة 10:30", None);
        none("بين 2011-2012", None);
        none("31/2/2017", None);
        none("1/2/3/2017", None);
        none("3.5", None);
    }

    #[test]
    fn spans_leave_out_proclitics_and_trailing_punctuation() {
        assert_eq!(one("وأمس،", PUBLISHED).0, "أمس");
        assert_eq!(one("والأربعاء.", PUBLISHED).0, "الأربعاء");
        assert_eq!(one("وفي تموز الماضي.", None).0, "تموز الماضي");
        assert_eq!(one("وبالـ10 من أيار", None).0, "الـ10 من أيار");
    }

    #[test]
    fn an_impossible_publication_date_counts_as_unknown() {
        assert_eq!(value("اليوم", Some((2018, 2, 30))), "XXXX");
        assert_eq!(value("أمس", Some((i32::MAX, 1, 1))), "XXXX");
        assert_eq!(value("في تموز الماضي", Some((2018, 13, 1))), "XXXX-07");
    }

    #[test]
    fn month_names_fit_their_index() {
        assert!(MONTH_NAMES.len() <= 64);
    }

    #[test]
    fn the_gate_holds_every_starter_behind_every_proclitic() {
        let clusters = ["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "فك", "وال", "ولل", "بب", "ببب"];
        for starter in starters() {
            let forms = [starter.to_string(), starter.strip_prefix('ا').unwrap_or(starter).to_string()];
            for form in forms {
                for cluster in clusters {
                    let key = format!("{cluster}{form}");
                    assert_eq!(date_beginnings().contains_key(key.as_str()), reads_as_starter(&key), "{key}");
                }
            }
        }
        assert!(date_beginnings().contains_key("وللعام") && date_beginnings().contains_key("بالامس"));
    }

    #[test]
    fn the_starter_groups_are_the_starters_and_each_key_starts_its_groups() {
        let grouped: KeySet<&str> = starter_groups().iter().map(|(word, _)| *word).collect();
        assert_eq!(&grouped, starters());
        for (key, &starts) in date_beginnings() {
            assert_ne!(starts, 0, "{key}");
        }
        assert_eq!(date_beginnings()["وللعام"], YEAR | PERIOD);
        assert_eq!(date_beginnings()["قبل"], YEARS_BACK | DAYS_BACK | RELATIVE_DAY);
        assert_eq!(date_beginnings()["بالامس"] & RELATIVE_DAY, RELATIVE_DAY);
    }

    #[test]
    fn every_starter_passes_the_cheap_look() {
        for word in starters() {
            for proclitic in ["", "و", "ف", "ب", "ل", "وب", "فل"] {
                let written = format!("{proclitic}{word}");
                assert!(may_begin_date(&written), "{written}");
            }
        }
    }

    #[test]
    fn tables_are_folded() {
        let mut words: Vec<&str> = Vec::new();
        words.extend(WEEKDAYS.iter().map(|(w, _)| *w));
        words.extend(MONTH_NAMES.iter().flat_map(|name| name.words.iter().copied()));
        words.extend(RELATIONS.iter().map(|(w, _)| *w));
        words.extend(ORDINALS.iter().map(|(w, _)| *w));
        words.extend(RELATIVE_DAYS.iter().flat_map(|p| p.words.iter().copied()));
        words.extend(DAY_COUNTS.iter().map(|(w, _)| *w));
        for table in [
            DAY_LEADS,
            NOT_TODAY_AFTER,
            NOT_TODAY_BEFORE,
            YEAR_WORDS,
            GENERAL_TITLES,
            GREGORIAN_ERA,
            HIJRI_ERA,
            TIME_PREPOSITIONS,
            NOT_MONDAY_BEFORE,
            NAMES_ENDING_LIKE_A_DUAL,
            DAYS_WORDS,
            DAY_CUES,
            EVENTS,
            NAME_HEADS,
            NOT_YESTERDAY_AFTER,
            JOINING_WORDS,
        ] {
            words.extend(table);
        }
        for word in words {
            assert_eq!(fold_key(word), word, "{word} is written folded");
        }
    }

    const PARAGRAPH: &str = "قال المرصد السوري، الاثنين، إن طائرات التحالف قصفت صباح اليوم \
        (الاثنين) مواقع في هجين، بعد غارات مماثلة مساء أمس وأول أمس، وإن الهجوم الأعنف وقع \
        الخميس الماضي. وكان التنظيم قد سيطر على المدينة في الـ10 من سبتمبر الماضي، ثم خسرها \
        في السادس عشر من تشرين الثاني 2017، بعد معارك بدأت في حزيران/يونيو من العام نفسه \
        وما بين 8 و12 أيلول. وفي شباط/فبراير الفائت أعلن التحالف، كما في العام 2015 ومنذ \
        عام، أن العمليات ستستمر حتى رمضان المقبل، وأن الاجتماع القادم في 15/7/2018 أو في \
        العاشر من ذي الحجة 1439 هـ. ولم تتغير الحال منذ شهر، ولا خلال الساعات الـ24 الماضية، \
        ولا في اليوم التالي، ولا الأسبوع الماضي، لكن الأطراف الاثنين اتفقوا العام الماضي وقبل \
        يومين على هدنة لمدة عام.";

    fn render(text: &str, published: Option<(i32, u32, u32)>) -> String {
        dates(text, published)
            .into_iter()
            .map(|(span, value)| format!("{span} | {value}"))
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn a_paragraph_published() {
        insta::assert_snapshot!(render(PARAGRAPH, Some((2018, 6, 4))));
    }

    #[test]
    fn a_paragraph_without_a_publication_date() {
        insta::assert_snapshot!(render(PARAGRAPH, None));
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        const PIECES: &[&str] = &[
            "الخميس",
            "الاثنين",
            "اليوم",
            "أمس",
            "أول",
            "من",
            "في",
            "منذ",
            "قبل",
            "عام",
            "العام",
            "الماضي",
            "المقبل",
            "الجاري",
            "الشهر",
            "هذا",
            "يومين",
            "3",
            "أيام",
            "يوم",
            "صباح",
            "تشرين",
            "الثاني",
            "كانون",
            "الأول",
            "أيار",
            "مايو",
            "شباط",
            "فبراير",
            "آب",
            "مارس",
            "رمضان",
            "ذو",
            "الحجة",
            "ربيع",
            "جمادى",
            "الآخرة",
            "السادس",
            "عشر",
            "الحادي",
            "والعشرين",
            "و",
            "الـ",
            "بـ",
            "الـ10",
            "10",
            "31",
            "29",
            "2017",
            "1439",
            "هـ",
            "م",
            "2018م",
            "/",
            "-",
            ".",
            ":",
            "(",
            ")",
            "\"",
            "،",
            " ",
            "  ",
            "ـ",
            "\u{064E}",
            "\u{200F}",
            "ﻻ",
            "٢٠١٧",
            "٩",
            "0",
            "00",
            "99999",
            "مضى",
            "الأطراف",
            "روسيا",
        ];

        fn arabicish() -> impl Strategy<Value = String> {
            prop::collection::vec(prop::sample::select(PIECES), 0..24).prop_map(|parts| parts.join(" "))
        }

        fn glued() -> impl Strategy<Value = String> {
            prop::collection::vec(prop::sample::select(PIECES), 0..24).prop_map(|parts| parts.concat())
        }

        fn published() -> impl Strategy<Value = Option<(i32, u32, u32)>> {
            prop_oneof![
                Just(None),
                (1990i32..2030, 1u32..=12, 1u32..=31).prop_map(Some),
                (any::<i32>(), any::<u32>(), any::<u32>()).prop_map(Some),
            ]
        }

        /// `^(\d{4}|XXXX)(-\d{2}(-\d{2})?)?$`, with a real month and a real day of it.
        fn is_well_formed(value: &str) -> bool {
            let parts: Vec<&str> = value.split('-').collect();
            let year = parts[0];
            let year_ok = year == "XXXX" || year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit());
            let two_digits = |part: &str| part.len() == 2 && part.bytes().all(|b| b.is_ascii_digit());
            match parts[1..] {
                [] => year_ok,
                [month] => {
                    year_ok && two_digits(month) && (1..=12).contains(&month.parse::<u32>().unwrap_or(0))
                }
                [month, day] => {
                    let month_number = month.parse::<u32>().unwrap_or(0);
                    let day_number = day.parse::<u32>().unwrap_or(0);
                    let known_year = year.parse::<i64>().unwrap_or(2000);
                    year_ok
                        && two_digits(month)
                        && two_digits(day)
                        && (1..=12).contains(&month_number)
                        && (1..=days_in_month(known_year, month_number)).contains(&day_number)
                }
                _ => false,
            }
        }

        fn check(text: &str, published: Option<(i32, u32, u32)>) {
            let found = find_dates(text, &tokenize(text), published);
            let mut last_end = 0;
            for date in &found {
                assert!(date.start < date.end && date.end <= text.len(), "{date:?}");
                assert!(text.is_char_boundary(date.start) && text.is_char_boundary(date.end), "{date:?}");
                assert!(date.start >= last_end, "{found:?}");
                assert!(is_well_formed(&date.value), "{date:?}");
                last_end = date.end;
            }
        }

        /// What `date_at` answered for a word before it asked only the matchers the word's
        /// starts name: every matcher, in order, of any word past the gate.
        fn date_at_asking_every_matcher(reader: &Reader, index: usize) -> Option<Found> {
            if !reader.words.is_kind(index, TokenKind::Word) || reader.date_starts_at(index) == 0 {
                return reader.date_at(index, None);
            }
            reader
                .led_day_at(index)
                .or_else(|| reader.vouched_day_and_month_at(index, None))
                .or_else(|| reader.month_at(index))
                .or_else(|| reader.year_at(index))
                .or_else(|| reader.weekday_at(index))
                .or_else(|| reader.relative_day_at(index, false))
                .or_else(|| reader.period_at(index))
                .or_else(|| reader.years_ago_at(index))
                .or_else(|| reader.days_ago_at(index))
        }

        /// A found date as something to compare: all of it, written out.
        fn shown(found: Option<Found>) -> Option<String> {
            found.map(|found| format!("{found:?}"))
        }

        #[test]
        fn the_value_check_is_strict() {
            for good in ["2018", "XXXX", "2018-02", "XXXX-02-29", "2016-02-29", "2018-12-31"] {
                assert!(is_well_formed(good), "{good}");
            }
            for bad in ["201", "2018-13", "2017-02-29", "2018-04-31", "2018-4", "X-01", "2018-01-01-01"] {
                assert!(!is_well_formed(bad), "{bad}");
            }
        }

        proptest! {
            #[test]
            fn never_panics_and_keeps_ranges_sound(text in ".{0,200}", published in published()) {
                check(&text, published);
            }

            #[test]
            fn never_panics_on_date_material(text in arabicish(), published in published()) {
                check(&text, published);
            }

            #[test]
            fn never_panics_on_glued_date_material(text in glued(), published in published()) {
                check(&text, published);
            }

            /// The one-lookup gate says what reading the word's proclitics off says, for
            /// words glued from date material (proclitics, لل, alefs and all).
            #[test]
            fn the_gate_agrees_with_the_readings(text in glued()) {
                for token in tokenize(&text) {
                    let key = fold_key(token.text(&text));
                    prop_assert_eq!(date_beginnings().contains_key(key.as_str()), reads_as_starter(&key), "{}", key);
                }
            }

            /// Asking a word only the matchers it may start finds what asking all of them does.
            #[test]
            fn asking_only_the_matchers_a_word_may_start_finds_the_same(
                text in prop_oneof![arabicish(), glued()],
                published in published(),
            ) {
                let (tokens, folded) = (tokenize(&text), fold(&text));
                let words = KeyedTokens::new(&text, &tokens, &folded);
                let anchor = published.and_then(|(year, month, day)| Civil::checked(year.into(), month, day));
                let reader = Reader { words: &words, anchor };
                for index in 0..tokens.len() {
                    let asked_all = shown(date_at_asking_every_matcher(&reader, index));
                    prop_assert_eq!(shown(reader.date_at(index, None)), asked_all, "token {}", index);
                }
            }

            #[test]
            fn survives_tokens_that_do_not_fit_the_text(text in ".{0,40}", other in arabicish()) {
                let tokens = tokenize(&other);
                for date in find_dates(&text, &tokens, Some((2018, 6, 7))) {
                    prop_assert!(text.get(date.start..date.end).is_some());
                }
            }
        }
    }
}
