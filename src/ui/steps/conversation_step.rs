//! Step "Gesprek": prepare the talk with the parents and the child (meldcode step 3), write down
//! what they said, and "Mag ik dit delen?". The guidance is `rules::conversation::guidance`;
//! every text is in `conversation.toml`; this file only shows and edits.

use crate::app::routing::href;
use crate::app::state::AppState;
use crate::content::{catalogue, TalkItem};
use crate::model::{Answer, Casus};
use crate::rules::conversation::guidance;
use crate::rules::flow::Step;
use crate::ui::widgets::disclosure::Disclosure;
use crate::ui::widgets::form::{AnswerRadios, Check, TextField};
use crate::ui::widgets::share::ShareRules;
use crate::ui::widgets::sources::{Sources, Uncertain};
use crate::ui::widgets::waiting::memo_when_shown;
use leptos::prelude::*;
use leptos_router::components::A;

/// A free-text field of the conversation, with its identifier warnings (`TextField`).
fn text_field(
    id: &'static str,
    label: &str,
    hint: Option<&str>,
    get: fn(&Casus) -> &String,
    set: fn(&mut Casus) -> &mut String,
) -> impl IntoView {
    let casus = AppState::current().casus;
    view! {
        <TextField
            id=id
            label=label.to_string()
            hint=hint.map(str::to_string).unwrap_or_default()
            multiline=true
            value=Signal::derive(move || casus.with(|c| get(c).clone()))
            on_change=Callback::new(move |v: String| casus.update(|c| *set(c) = v))
        />
    }
}

fn talk_item(t: &TalkItem) -> impl IntoView {
    view! {
        <li>
            {t.text.as_str()}
            <Uncertain uncertain=t.uncertain.map(String::from)/>
            <Sources sources=t.sources.to_vec()/>
        </li>
    }
}

#[component]
pub fn ConversationStep() -> impl IntoView {
    let state = AppState::current();
    let (casus, assessment) = (state.casus, state.assessment);
    let cat = catalogue();
    let scr = &cat.conversation.screen;
    // Waiting ahead of Veiligheid, the talk parts are not built again on every safety answer
    // (they follow the weighing); shown, they catch up.
    let g = memo_when_shown(move || assessment.with(|a| casus.with(|c| guidance(c, a, cat))));
    // The prompts for the child follow its age band only: when they followed the whole
    // guidance, an answer about the parents closed them under the user.
    let child = Memo::new(move |_| g.with(|g| g.child));
    let answer = move |get: fn(&Casus) -> Option<Answer>| Signal::derive(move || casus.with(get));

    view! {
        <p>{scr.intro.as_str()}</p>
        <section class="compact-fields" aria-labelledby="gesprek-voorbereiden">
            <h2 id="gesprek-voorbereiden">{scr.prepare_heading.as_str()}</h2>
            <p class="small muted">{scr.prepare_intro.as_str()}</p>
            // The parts side by side; an opened part takes the full width (style: .disclosure-row).
            // Keyed by the part and what it holds: a change elsewhere on the page leaves an
            // opened part open (built anew, it closed under the user).
            <div class="disclosure-row">
                <For
                    each=move || g.with(|g| g.parts.iter().map(|(part, items)| {
                        let open = g.exception_first && *part == crate::content::TalkPart::Uitzondering;
                        (*part, open, items.clone())
                    }).collect::<Vec<_>>())
                    key=|(part, open, items)| (*part, *open, items.iter().map(|t| t.id.as_str()).collect::<Vec<_>>())
                    let((part, open, items))
                >
                    <Disclosure class="more talk-part" open=open summary=cat.conversation.parts.of(part).to_string()>
                        <ul>{items.into_iter().map(talk_item).collect_view()}</ul>
                    </Disclosure>
                </For>
            </div>
            // Only for a talk that does not take place: one click away, open once it holds text.
            <Disclosure class="more skipped" open=casus.with_untracked(|c| !c.conversation.skipped_because.is_empty()) summary=scr.skipped_more.as_str()>
                {text_field("gesprek-overgeslagen", &scr.skipped_label, Some(&scr.skipped_hint),
                    |c| &c.conversation.skipped_because, |c| &mut c.conversation.skipped_because)}
            </Disclosure>
            <p class="small">
                {scr.card_note.as_str()}" "
                <A href=href(&Step::Samenvatting.path())>{scr.card_link.as_str()}</A>
            </p>
        </section>

        <section class="side-answers compact-fields" aria-labelledby="gesprek-ouders">
            <h2 id="gesprek-ouders">{scr.parents_heading.as_str()}</h2>
            <p class="small muted">{scr.parents_intro.as_str()}</p>
            <AnswerRadios
                name="gesprek-gescheiden"
                legend=scr.separated_legend
                value=answer(|c| c.conversation.separated)
                on_change=Callback::new(move |a: Answer| casus.update(|c| c.conversation.separated = Some(a)))
            />
            <AnswerRadios
                name="gesprek-beide-ouders"
                legend=scr.both_heard_legend
                hint=scr.both_heard_hint
                value=answer(|c| c.conversation.both_heard)
                on_change=Callback::new(move |a: Answer| casus.update(|c| c.conversation.both_heard = Some(a)))
            />
            <div class="field-pair">
                {text_field("gesprek-uitleg", &scr.explanation_label, Some(&scr.explanation_hint),
                    |c| &c.conversation.parents.explanation, |c| &mut c.conversation.parents.explanation)}
                {text_field("gesprek-herkennen", &scr.recognise_label, None,
                    |c| &c.conversation.parents.recognise, |c| &mut c.conversation.parents.recognise)}
            </div>
            <AnswerRadios
                name="gesprek-herkent"
                legend=scr.recognises_legend
                hint=scr.recognises_hint
                value=answer(|c| c.conversation.parents.recognises)
                on_change=Callback::new(move |a: Answer| casus.update(|c| c.conversation.parents.recognises = Some(a)))
            />
            <div class="field-pair">
                {text_field("gesprek-willen", &scr.want_label, None,
                    |c| &c.conversation.parents.want, |c| &mut c.conversation.parents.want)}
                {text_field("gesprek-afspraken", &scr.agreed_label, None,
                    |c| &c.conversation.parents.agreed, |c| &mut c.conversation.parents.agreed)}
            </div>
        </section>

        <section class="compact-fields" aria-labelledby="gesprek-kind">
            <h2 id="gesprek-kind">{scr.child_heading.as_str()}</h2>
            <p class="small muted">{scr.child_intro.as_str()}</p>
            {move || child.get().map(|p| view! {
                <Disclosure class="more" summary=p.intro.as_str()>
                    <ul>
                        <li>{p.worries.as_str()}</li>
                        <li>{p.going_well.as_str()}</li>
                        <li>{p.wishes.as_str()}</li>
                    </ul>
                    <p class="small">{cat.conversation.child_general.text.as_str()}</p>
                    <Uncertain uncertain=p.uncertain.map(String::from)/>
                    <Sources sources=p.sources.to_vec()/>
                </Disclosure>
            })}
            <div class="field-pair">
                {text_field("kind-zorgen", &scr.worries_label, None,
                    |c| &c.conversation.child.worries, |c| &mut c.conversation.child.worries)}
                {text_field("kind-goed", &scr.going_well_label, None,
                    |c| &c.conversation.child.going_well, |c| &mut c.conversation.child.going_well)}
            </div>
            <div class="field-pair">
                {text_field("kind-wensen", &scr.wishes_label, None,
                    |c| &c.conversation.child.wishes, |c| &mut c.conversation.child.wishes)}
                {text_field("kind-hoe", &scr.how_heard_label, Some(&scr.how_heard_hint),
                    |c| &c.conversation.child.how_heard, |c| &mut c.conversation.child.how_heard)}
            </div>
            <Check
                id="kind-naar-ouders"
                label=scr.to_parents_label
                checked=Signal::derive(move || casus.with(|c| c.conversation.child_to_parents))
                on_change=Callback::new(move |on: bool| casus.update(|c| c.conversation.child_to_parents = on))
            />
            <p class="hint small">{scr.to_parents_hint.as_str()}</p>
        </section>

        <section aria-labelledby="gesprek-delen">
            <h2 id="gesprek-delen">{scr.share_heading.as_str()}</h2>
            <p class="small muted">{scr.share_intro.as_str()}</p>
            <ShareRules/>
        </section>
    }
}
