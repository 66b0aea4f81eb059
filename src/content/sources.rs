//! Where the content's facts come from: every fact-stating entry with its sources and file
//! date, and the date formats. Used by the validator and by the tests.

use super::statics::Str;
use super::types::*;

impl Catalogue {
    /// Every source address cited anywhere, with the place that cites it.
    pub fn all_sources(&self) -> Vec<(String, &str)> {
        let mut out: Vec<(String, &str)> = Vec::new();
        for (file, m) in self.named_metas() {
            for s in &m.sources {
                out.push((format!("{file} [meta]"), s));
            }
        }
        for e in self.entries() {
            for s in e.sources {
                out.push((e.place.clone(), s));
            }
        }
        out
    }

    /// Every entry that states a fact, with its place, sources and file date.
    pub fn entries(&self) -> Vec<EntryRef<'_>> {
        let mut v: Vec<EntryRef<'_>> = Vec::new();
        fn d(m: &Meta) -> &str {
            m.date.as_str()
        }
        for s in &self.signals.signals {
            v.push(EntryRef::new(
                format!("signals.toml signaal '{}'", s.id),
                &s.sources,
                d(&self.signals.meta),
            ));
        }
        for (i, p) in self.followup.proposals.iter().enumerate() {
            v.push(EntryRef::new(
                format!("followup.toml voorstel {}", i + 1),
                &p.sources,
                d(&self.followup.meta),
            ));
        }
        let sd = d(&self.safety.meta);
        for c in &self.safety.contacts {
            v.push(EntryRef::new(
                format!("safety.toml contact '{}'", c.id),
                &c.sources,
                sd,
            ));
        }
        for c in &self.safety.definitions {
            v.push(EntryRef::new(
                format!("safety.toml definitie '{}'", c.id),
                &c.sources,
                sd,
            ));
        }
        for c in &self.safety.meldcode_steps {
            v.push(EntryRef::new(
                format!("safety.toml meldcode-stap {}", c.number),
                &c.sources,
                sd,
            ));
        }
        for c in &self.safety.afwegingsvragen {
            v.push(EntryRef::new(
                format!("safety.toml afwegingsvraag {}", c.number),
                &c.sources,
                sd,
            ));
        }
        for c in &self.safety.questions {
            v.push(EntryRef::new(
                format!("safety.toml vraag {:?}", c.field),
                &c.sources,
                sd,
            ));
        }
        v.push(EntryRef::new(
            "safety.toml notes".to_string(),
            &self.safety.notes.sources,
            sd,
        ));
        for c in &self.safety.acute_indicators {
            v.push(EntryRef::new(
                format!("safety.toml acuut signaal '{}'", c.id),
                &c.sources,
                sd,
            ));
        }
        for c in &self.safety.outcomes {
            v.push(EntryRef::new(
                format!("safety.toml uitkomst {:?}", c.outcome),
                &c.sources,
                sd,
            ));
        }
        for (i, c) in self.safety.next_steps.iter().enumerate() {
            v.push(EntryRef::new(
                format!("safety.toml vervolgstap {}", i + 1),
                &c.sources,
                sd,
            ));
        }
        for (i, c) in self.safety.child_steps.iter().enumerate() {
            v.push(EntryRef::new(
                format!("safety.toml stap voor een ander kind {}", i + 1),
                &c.sources,
                sd,
            ));
        }
        for c in &self.safety.signal_meanings {
            v.push(EntryRef::new(
                format!("safety.toml betekenis van signalen {:?}", c.meaning),
                &c.sources,
                sd,
            ));
        }
        for q in &self.questions.questions {
            v.push(EntryRef::new(
                format!("questions.toml vraag '{}'", q.id),
                &q.sources,
                d(&self.questions.meta),
            ));
        }
        for o in &self.options.options {
            v.push(EntryRef::new(
                format!("options.toml optie '{}'", o.id),
                &o.sources,
                d(&self.options.meta),
            ));
            v.push(EntryRef::new(
                format!("options.toml optie '{}' beoordeling", o.id),
                &o.rating.sources,
                d(&self.options.meta),
            ));
        }
        for g in &self.guardrails.guardrails {
            v.push(EntryRef::new(
                format!("guardrails.toml '{}'", g.id),
                &g.sources,
                d(&self.guardrails.meta),
            ));
        }
        v.push(EntryRef::new(
            "analysis.toml [concern]".into(),
            &self.analysis.concern.sources,
            d(&self.analysis.meta),
        ));
        for f in &self.analysis.fields {
            v.push(EntryRef::new(
                format!("analysis.toml veld '{}'", f.id),
                &f.sources,
                d(&self.analysis.meta),
            ));
        }
        for t in &self.glossary.terms {
            v.push(EntryRef::new(
                format!("glossary.toml term '{}'", t.id),
                &t.sources,
                d(&self.glossary.meta),
            ));
        }
        let cd = d(&self.conversation.meta);
        for t in &self.conversation.talk {
            let place = format!("conversation.toml talk '{}'", t.id);
            v.push(EntryRef::new(place, &t.sources, cd));
        }
        for p in &self.conversation.child {
            let place = format!("conversation.toml child {:?}", p.band);
            v.push(EntryRef::new(place, &p.sources, cd));
        }
        let g = &self.conversation.child_general;
        v.push(EntryRef::new(
            "conversation.toml child_general".into(),
            &g.sources,
            cd,
        ));
        for r in &self.conversation.share {
            let place = format!("conversation.toml share '{}'", r.id);
            v.push(EntryRef::new(place, &r.sources, cd));
        }
        let rd = d(&self.return_home.meta);
        for f in &self.return_home.facts {
            v.push(EntryRef::new(
                format!("return_home.toml feit '{}'", f.id),
                &f.sources,
                rd,
            ));
        }
        for q in self.return_home.questions() {
            v.push(EntryRef::new(
                format!("return_home.toml vraag '{}'", q.id),
                &q.sources,
                rd,
            ));
        }
        for a in &self.return_home.alternatives {
            v.push(EntryRef::new(
                format!("return_home.toml weg '{}'", a.id),
                &a.sources,
                rd,
            ));
        }
        v
    }
}

/// One fact-stating entry, for the "every fact has a source and a date" checks.
#[derive(Clone, Debug)]
pub struct EntryRef<'a> {
    pub place: String,
    pub sources: &'a [Str],
    pub date: &'a str,
}

impl<'a> EntryRef<'a> {
    fn new(place: String, sources: &'a [Str], date: &'a str) -> Self {
        EntryRef {
            place,
            sources,
            date,
        }
    }
}

/// YYYY-MM-DD with plausible month and day.
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if !(digits(0..4) && digits(5..7) && digits(8..10)) {
        return false;
    }
    let month: u8 = s[5..7].parse().unwrap_or(0);
    let day: u8 = s[8..10].parse().unwrap_or(0);
    (1..=12).contains(&month) && (1..=31).contains(&day)
}

/// YYYY, YYYY-MM or YYYY-MM-DD.
pub fn is_partial_date(s: &str) -> bool {
    let b = s.as_bytes();
    match b.len() {
        4 => b.iter().all(u8::is_ascii_digit),
        7 => {
            b[4] == b'-'
                && b[..4].iter().all(u8::is_ascii_digit)
                && b[5..].iter().all(u8::is_ascii_digit)
                && (1..=12).contains(&s[5..].parse::<u8>().unwrap_or(0))
        }
        10 => is_iso_date(s),
        _ => false,
    }
}
