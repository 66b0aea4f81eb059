//! Step 5: the family's own network and strengths. The network is always searched first.

use crate::app::state::AppState;
use crate::model::NetworkEntry;
use crate::ui::widgets::form::TextField;
use leptos::prelude::*;

#[component]
pub fn NetworkStep() -> impl IntoView {
    let casus = AppState::current().casus;
    let t = &crate::content::catalogue().screens.network;
    // With nobody named yet, one empty row is shown to fill in: it becomes an entry of the case
    // only when the user types in it (nothing is filled in for the user).
    // Memos: typing changes the case but not the number of rows, so the rows (and the focus in
    // them) stay.
    let len = Memo::new(move |_| casus.with(|c| c.network.len()));
    let count = move || len.get().max(1);
    let edit = move |i: usize, f: fn(&mut NetworkEntry, String), v: String| {
        casus.update(|c| {
            if c.network.len() <= i {
                c.network.resize(i + 1, NetworkEntry::default());
            }
            f(&mut c.network[i], v)
        })
    };
    view! {
        <p>{t.intro.as_str()}</p>
        <section aria-labelledby="netwerk-kop">
            <h2 id="netwerk-kop">{t.people_heading.as_str()}</h2>
            {move || (0..count()).map(|i| view! {
                <fieldset class="field network-entry">
                    <legend>{t.person.fill(&[&(i + 1)])}</legend>
                    <TextField
                        id=format!("netwerk-{}-wie", i + 1)
                        label=t.who.as_str()
                        hint=t.who_hint.as_str()
                        value=Signal::derive(move || casus.with(|c| c.network.get(i).map(|n| n.who.clone()).unwrap_or_default()))
                        on_change=Callback::new(move |v: String| edit(i, |n, v| n.who = v, v))
                    />
                    <TextField
                        id=format!("netwerk-{}-wat", i + 1)
                        label=t.what.as_str()
                        value=Signal::derive(move || casus.with(|c| c.network.get(i).map(|n| n.what.clone()).unwrap_or_default()))
                        on_change=Callback::new(move |v: String| edit(i, |n, v| n.what = v, v))
                    />
                    {move || (i < len.get()).then(|| view! {
                        <button type="button" class="secondary" on:click=move |_| casus.update(|c| { if i < c.network.len() { c.network.remove(i); } })>
                            {t.remove.fill(&[&(i + 1)])}
                        </button>
                    })}
                </fieldset>
            }).collect_view()}
            <button type="button" class="secondary" on:click=move |_| {
                // The empty row shown first is the one to fill: it becomes entry 1.
                casus.update(|c| c.network.push(NetworkEntry::default()));
                let n = casus.with_untracked(|c| c.network.len());
                request_animation_frame(move || crate::app::page::focus_by_id(&format!("netwerk-{n}-wie")));
            }>{t.add.as_str()}</button>
        </section>
        <section aria-labelledby="krachten-kop">
            <h2 id="krachten-kop">{t.strengths_heading.as_str()}</h2>
            <TextField
                multiline=true
                id="krachten"
                label=t.strengths.as_str()
                hint=t.strengths_hint.as_str()
                value=Signal::derive(move || casus.with(|c| c.strengths.clone()))
                on_change=Callback::new(move |v: String| casus.update(|c| c.strengths = v))
            />
        </section>
    }
}
