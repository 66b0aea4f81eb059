//! The case (casus): the single source of truth for one situation.
//!
//! It holds no identifiers by design: no names, no birth dates, no addresses. The label is
//! chosen by the professional and is checked by `privacy::scan` like every other free text.

use super::conversation::Conversation;
use super::followup::FollowUp;
use super::parts::*;
use super::vocabulary::*;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The version of the stored shape of [`Casus`]. Raise it when the shape changes and add the
/// step to [`Casus::migrate_from`], which `formats::migrate` calls on every stored or imported case.
///
/// - 1 -> 2: a sibling's `age_years` became `age` (years and months); recorded signals may
///   leave `observer` and `when` empty; siblings may carry `at_risk_from`.
/// - 2 -> 3: the concern is asked once; the analysis field `zorg` joins `concern`.
pub const SCHEMA_VERSION: u32 = 3;

/// One case. Plain data: every view is derived from it by the pure `rules` and `summary` layers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Casus {
    /// Schema version of this shape ([`SCHEMA_VERSION`]).
    pub schema: u32,
    /// A label the user chooses (never a name), e.g. "Casus groep 6 november".
    pub label: String,
    pub role: Option<Role>,
    pub age: Option<Age>,
    pub school: Option<SchoolType>,
    pub siblings: Vec<Sibling>,
    pub household: BTreeSet<HouseholdMember>,
    /// The concern in the professional's own words.
    pub concern: String,
    /// Free-text notes.
    pub notes: String,
    pub signals: Vec<RecordedSignal>,
    pub safety: SafetyAnswers,
    /// Verklarende analyse (preparation): field id (content) -> text.
    pub analysis: BTreeMap<String, String>,
    /// Does the family recognise and share the analysis?
    pub analysis_shared: Option<Answer>,
    pub network: Vec<NetworkEntry>,
    /// Strengths: what goes well.
    pub strengths: String,
    /// Answers to the questions that the option criteria use: question id (content) -> answer.
    pub answers: BTreeMap<String, Answer>,
    pub steps: Vec<AgreedStep>,
    pub open_questions: String,
    /// What the professional wants to discuss with the parents, in words meant for them. Only
    /// this text (never `concern`) says in the parents' summary what the conversation is about.
    pub for_parents: String,
    /// The evaluation moment and the evaluations held (afwegingsvraag 5 asked again).
    #[serde(skip_serializing_if = "FollowUp::is_empty")]
    pub follow_up: FollowUp,
    /// The talk with the parents and the child (meldcode step 3): their words, and the reason
    /// when the talk was not held.
    #[serde(skip_serializing_if = "is_default")]
    pub conversation: Conversation,
    /// Where the child lives now; anything but home opens the path "Weer thuis".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lives: Option<Residence>,
    /// The answers of the path "Weer thuis" (`return_home.toml`).
    #[serde(skip_serializing_if = "ReturnAnswers::is_empty")]
    pub return_home: ReturnAnswers,
}

fn is_default<T: Default + PartialEq>(v: &T) -> bool {
    *v == T::default()
}

impl Default for Casus {
    fn default() -> Self {
        Casus {
            schema: SCHEMA_VERSION,
            label: String::new(),
            role: None,
            age: None,
            school: None,
            siblings: Vec::new(),
            household: BTreeSet::new(),
            concern: String::new(),
            notes: String::new(),
            signals: Vec::new(),
            safety: SafetyAnswers::default(),
            analysis: BTreeMap::new(),
            analysis_shared: None,
            network: Vec::new(),
            strengths: String::new(),
            answers: BTreeMap::new(),
            steps: Vec::new(),
            open_questions: String::new(),
            for_parents: String::new(),
            follow_up: FollowUp::default(),
            conversation: Conversation::default(),
            lives: None,
            return_home: ReturnAnswers::default(),
        }
    }
}

impl Casus {
    pub fn new() -> Self {
        Self::default()
    }

    /// True when nothing about the case is filled in. The role says who the user is, not what
    /// the case is, so it does not count. The one rule for "is this case empty?".
    /// (Compared with an empty case that has the same role: no copy of this case, which with
    /// 200 signals was a large part of the check, run on every save and on the start page on
    /// every change.)
    pub fn is_empty(&self) -> bool {
        *self
            == Casus {
                role: self.role,
                ..Casus::new()
            }
    }

    pub fn has_signal(&self, id: &str) -> bool {
        self.signals.iter().any(|s| s.id == id)
    }

    /// The recorded signal with this id, if any.
    pub fn signal(&self, id: &str) -> Option<&RecordedSignal> {
        self.signals.iter().find(|s| s.id == id)
    }

    /// Bring the JSON object of a stored case from `schema` to [`SCHEMA_VERSION`], in place.
    /// Pure; `formats` calls it before the typed read. Steps from schema 1 on live here
    /// (schema 0 -> 1, the prototype's Dutch field names, stays in `formats`).
    ///
    /// - 1 -> 2: each sibling's `age_years` (whole years) becomes `age` with 0 months.
    ///   Recorded signals need no change: a stored observer and moment stay as chosen.
    pub fn migrate_from(schema: u64, obj: &mut serde_json::Map<String, serde_json::Value>) {
        use serde_json::Value;
        if schema < 2 {
            if let Some(Value::Array(sibs)) = obj.get_mut("siblings") {
                for sib in sibs.iter_mut() {
                    if let Value::Object(o) = sib {
                        if let Some(y) = o.remove("age_years") {
                            if let Some(years) = y.as_u64() {
                                o.entry("age")
                                    .or_insert(serde_json::json!({ "years": years, "months": 0 }));
                            }
                        }
                    }
                }
            }
        }
        if schema < 3 {
            // The concern is asked once (step 1). Schema 2 also had an analysis field "zorg";
            // its text joins the concern, so nothing typed there is lost.
            let zorg = obj
                .get_mut("analysis")
                .and_then(Value::as_object_mut)
                .and_then(|a| a.remove("zorg"))
                .and_then(|v| v.as_str().map(str::trim).map(str::to_string))
                .filter(|t| !t.is_empty());
            if let Some(zorg) = zorg {
                let concern = obj
                    .get("concern")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .trim();
                let joined = if concern.is_empty() {
                    zorg
                } else if concern == zorg {
                    concern.to_string()
                } else {
                    format!("{concern}\n\n{zorg}")
                };
                obj.insert("concern".into(), Value::from(joined));
            }
        }
        obj.insert("schema".into(), Value::from(SCHEMA_VERSION));
    }

    /// Does the child live away from home now (the path "Weer thuis" applies)?
    pub fn lives_elsewhere(&self) -> bool {
        self.lives.is_some_and(Residence::is_elsewhere)
    }

    pub fn answer(&self, question: &str) -> Option<Answer> {
        self.answers.get(question).copied()
    }

    /// Every free-text field, to change in place, empty ones included: what
    /// [`super::isolated_case`] isolates before user text goes into the app's own sentences.
    pub fn free_texts_mut(&mut self) -> Vec<&mut String> {
        let mut out: Vec<&mut String> = vec![
            &mut self.label,
            &mut self.concern,
            &mut self.notes,
            &mut self.strengths,
            &mut self.open_questions,
            &mut self.for_parents,
        ];
        out.extend(self.signals.iter_mut().map(|s| &mut s.note));
        out.extend(self.analysis.values_mut());
        for n in &mut self.network {
            out.push(&mut n.who);
            out.push(&mut n.what);
        }
        for s in &mut self.steps {
            out.push(&mut s.what);
            out.push(&mut s.who);
            out.push(&mut s.when);
        }
        out.extend(self.follow_up.evaluations.iter_mut().map(|e| &mut e.note));
        out.extend(self.conversation.free_texts_mut());
        out.extend(self.return_home.notes.values_mut());
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_case_with_only_a_role_is_empty_and_any_entry_makes_it_not() {
        let mut c = Casus::new();
        assert!(c.is_empty());
        c.role = Some(Role::ALL[0]);
        assert!(c.is_empty(), "the role alone is not a case");
        let mut labelled = Casus::new();
        labelled.label = "Groep 6".into();
        assert!(!labelled.is_empty());
        let mut with_answer = Casus::new();
        with_answer.safety.disclosure = Some(Answer::Nee);
        assert!(!with_answer.is_empty());
    }

    #[test]
    fn age_bands_follow_the_signal_lists() {
        assert_eq!(
            Age {
                years: 3,
                months: 11
            }
            .band(),
            AgeBand::Jong
        );
        assert_eq!(
            Age {
                years: 4,
                months: 0
            }
            .band(),
            AgeBand::Basisschool
        );
        assert_eq!(
            Age {
                years: 11,
                months: 11
            }
            .band(),
            AgeBand::Basisschool
        );
        assert_eq!(
            Age {
                years: 12,
                months: 0
            }
            .band(),
            AgeBand::Tiener
        );
        assert_eq!(
            Age {
                years: 16,
                months: 6
            }
            .total_months(),
            198
        );
    }

    #[test]
    fn role_keys_round_trip_and_group() {
        for r in Role::ALL {
            assert_eq!(Role::from_key(r.key()), Some(r));
        }
        assert_eq!(Role::PohJeugd.group(), RoleGroup::Huisartsenpraktijk);
        assert_eq!(Role::Zorgcoordinator.group(), RoleGroup::School);
        assert_eq!(Role::from_key("directeur"), None);
    }

    #[test]
    fn a_case_round_trips_through_json_and_fills_missing_fields() {
        let mut c = Casus::new();
        c.label = "Casus A".into();
        c.age = Some(Age {
            years: 9,
            months: 2,
        });
        c.answers.insert("ouder_doet_mee".into(), Answer::Ja);
        let json = serde_json::to_string(&c).unwrap();
        let back: Casus = serde_json::from_str(&json).unwrap();
        assert_eq!(back, c);
        let partial: Casus = serde_json::from_str(r#"{"schema":1,"label":"x"}"#).unwrap();
        assert_eq!(partial.label, "x");
        assert!(partial.signals.is_empty());
    }

    #[test]
    fn schema_2_analysis_concern_joins_the_concern_of_step_1() {
        let mut v: serde_json::Value = serde_json::from_str(
            r#"{"schema":2,"concern":"Valt stil.","analysis":{"zorg":"Moeder is ziek.","feiten":"x"}}"#,
        )
        .unwrap();
        Casus::migrate_from(2, v.as_object_mut().unwrap());
        let c: Casus = serde_json::from_value(v).unwrap();
        assert_eq!(c.concern, "Valt stil.\n\nMoeder is ziek.");
        assert_eq!(c.analysis.keys().collect::<Vec<_>>(), ["feiten"]);

        // Only the analysis had it: it becomes the concern; the same text is not doubled.
        for (concern, zorg, want) in [
            ("", "Moeder is ziek.", "Moeder is ziek."),
            ("Zelfde", " Zelfde ", "Zelfde"),
        ] {
            let mut v =
                serde_json::json!({"schema": 2, "concern": concern, "analysis": {"zorg": zorg}});
            Casus::migrate_from(2, v.as_object_mut().unwrap());
            let c: Casus = serde_json::from_value(v).unwrap();
            assert_eq!(c.concern, want);
            assert!(c.analysis.is_empty());
        }
    }

    #[test]
    fn schema_1_siblings_get_an_age_in_years_and_months() {
        let mut v: serde_json::Value = serde_json::from_str(
            r#"{"schema":1,"siblings":[{"age_years":3},{"age_years":null},{}],
                "signals":[{"id":"honger","observer":"zelf","when":"deze_week"}]}"#,
        )
        .unwrap();
        let obj = v.as_object_mut().unwrap();
        Casus::migrate_from(1, obj);
        let c: Casus = serde_json::from_value(v).unwrap();
        assert_eq!(c.schema, SCHEMA_VERSION);
        assert_eq!(c.siblings[0], Sibling::aged(3, 0));
        assert_eq!(c.siblings[1].age, None);
        assert_eq!(c.siblings[2], Sibling::default());
        // A stored observer stays as it was chosen.
        assert!(c.signals[0].is_own_observation());
    }

    #[test]
    fn a_ticked_signal_has_no_observer_and_is_no_own_observation() {
        let r = RecordedSignal::new("honger");
        assert_eq!((r.observer, r.when), (None, None));
        assert!(!r.is_own_observation());
        assert!(!r.is_repeated());
        let told = r.clone().seen(Observer::KindVertelde, When::Herhaaldelijk);
        assert!(!told.is_own_observation());
        assert!(told.is_repeated());
        assert!(r.seen(Observer::Zelf, When::Vandaag).is_own_observation());
        let back: RecordedSignal = serde_json::from_str(r#"{"id":"honger"}"#).unwrap();
        assert_eq!(back, RecordedSignal::new("honger"));
    }

    #[test]
    fn ages_read_in_years_and_months() {
        assert_eq!(
            Age {
                years: 0,
                months: 2
            }
            .label(),
            "0 jaar en 2 maanden"
        );
        assert_eq!(
            Age {
                years: 14,
                months: 0
            }
            .label(),
            "14 jaar"
        );
        assert_eq!(
            Age {
                years: 17,
                months: 1
            }
            .label(),
            "17 jaar en 1 maand"
        );
    }

    #[test]
    fn an_old_case_reads_without_the_return_fields_and_writes_none() {
        let c: Casus = serde_json::from_str(r#"{"schema":2,"label":"x"}"#).unwrap();
        assert_eq!((c.lives, c.return_home.is_empty()), (None, true));
        let json = serde_json::to_string(&Casus::new()).unwrap();
        assert!(
            !json.contains("lives") && !json.contains("return_home"),
            "{json}"
        );
        let mut away = Casus::new();
        away.lives = Some(Residence::Pleegzorg);
        away.return_home
            .answers
            .insert("balans_hersteld".into(), Answer::Ja);
        away.return_home
            .notes
            .insert("balans_hersteld".into(), "bezoek gaat goed".into());
        assert!(away.lives_elsewhere() && !away.is_empty());
        let back: Casus = serde_json::from_str(&serde_json::to_string(&away).unwrap()).unwrap();
        assert_eq!(back, away);
        let mut copy = away.clone();
        assert!(copy
            .free_texts_mut()
            .iter()
            .any(|t| t.as_str() == "bezoek gaat goed"));
        away.lives = Some(Residence::Thuis);
        assert!(!away.lives_elsewhere());
    }

    #[test]
    fn every_free_text_is_reached_for_isolation() {
        let mut c = Casus::new();
        c.signals.push(RecordedSignal::new("s"));
        c.analysis.insert("feiten".into(), String::new());
        c.network.push(NetworkEntry::default());
        c.steps.push(AgreedStep::default());
        c.return_home.notes.insert("q".into(), String::new());
        c.follow_up.evaluations.push(crate::model::Evaluation {
            date: crate::model::Date::new(2026, 12, 1).unwrap(),
            planned: None,
            before: None,
            answer: None,
            note: String::new(),
        });
        for t in c.free_texts_mut() {
            *t = "x".into();
        }
        let conv = &c.conversation;
        let every = [
            &c.label,
            &c.concern,
            &c.notes,
            &c.strengths,
            &c.open_questions,
            &c.for_parents,
            &c.signals[0].note,
            &c.analysis["feiten"],
            &c.network[0].who,
            &c.network[0].what,
            &c.steps[0].what,
            &c.steps[0].who,
            &c.steps[0].when,
            &c.follow_up.evaluations[0].note,
            &c.return_home.notes["q"],
            &conv.skipped_because,
            &conv.parents.explanation,
            &conv.parents.recognise,
            &conv.parents.want,
            &conv.parents.agreed,
            &conv.child.worries,
            &conv.child.going_well,
            &conv.child.wishes,
            &conv.child.how_heard,
        ];
        assert!(every.iter().all(|t| t.as_str() == "x"));
        let n = every.len();
        assert_eq!(c.free_texts_mut().len(), n);
    }
}
