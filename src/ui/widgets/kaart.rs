//! "Mijn sociale kaart" on the data page: the professional's own contacts on this device,
//! edited here, used in the next steps and the summaries, and taken over from a colleague's
//! export file (contacts only). The words are `followup.toml` `[kaart]`.

use crate::app::contacts::change;
use crate::app::state::AppState;
use crate::content::catalogue;
use crate::formats::contacts::merge_contacts;
use crate::formats::export::{parse_decrypted, parse_export, ExportFile, DEFAULT_MAX_IMPORT_BYTES};
use crate::formats::import_error::ImportError;
use crate::model::{ContactKind, ProContact};
use crate::rules::ages::fill;
use crate::store::crypto;
use crate::ui::widgets::form::FileField;
use leptos::prelude::*;

/// Applies a change to the sociale kaart and reports a failure to keep it.
fn edit(
    state: AppState,
    msg: RwSignal<Option<String>>,
    f: impl FnOnce(&mut Vec<ProContact>) + 'static,
) {
    leptos::task::spawn_local(async move {
        if change(state, f).await.is_err() {
            msg.set(Some(catalogue().followup.kaart.save_failed.to_string()));
        }
    });
}

#[component]
pub fn SocialMap() -> impl IntoView {
    let state = AppState::current();
    let s = &catalogue().followup.kaart;
    let msg = RwSignal::new(None::<String>);
    let count = Memo::new(move |_| state.contacts.with(Vec::len));
    view! {
        <section aria-labelledby="kaart-kop" id="sociale-kaart">
            <h2 id="kaart-kop">{s.heading.as_str()}</h2>
            <p>{s.intro.as_str()}</p>
            <p class="card info"><strong>{s.only_professional.as_str()}</strong>" "{s.national_stays.as_str()}</p>
            {move || (count.get() == 0).then(|| view! { <p class="muted">{s.empty.as_str()}</p> })}
            {move || (0..count.get()).map(|i| view! { <ContactFields i msg/> }).collect_view()}
            <button type="button" class="secondary" on:click=move |_| {
                edit(state, msg, |l| l.push(ProContact::new(ContactKind::LokaalTeam)));
                let n = count.get_untracked() + 1;
                request_animation_frame(move || crate::app::page::focus_by_id(&format!("contact-{n}-soort")));
            }>{s.add_button.as_str()}</button>
            <p role="status" class="small">{move || msg.get()}</p>
            <ImportContacts/>
        </section>
    }
}

/// The fields of contact `i` (0-based).
#[component]
fn ContactFields(i: usize, msg: RwSignal<Option<String>>) -> impl IntoView {
    let state = AppState::current();
    let s = &catalogue().followup.kaart;
    let n = i + 1;
    let get = move |f: fn(&ProContact) -> String| {
        move || state.contacts.with(|l| l.get(i).map(f).unwrap_or_default())
    };
    let text_field = move |key: &str,
                           label: String,
                           kind: &'static str,
                           f: fn(&ProContact) -> String,
                           set: fn(&mut ProContact, String)| {
        let id = format!("contact-{n}-{key}");
        view! {
            <div class="field">
                <label for=id.clone()>{label}</label>
                <input type=kind id=id.clone() name=id autocomplete="off" prop:value=get(f)
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        edit(state, msg, move |l| if let Some(c) = l.get_mut(i) { set(c, v) });
                    }/>
            </div>
        }
    };
    let kind_id = format!("contact-{n}-soort");
    view! {
        <fieldset class="field contact">
            <legend>{fill(&s.legend, &[("n", &n.to_string())])}</legend>
            <div class="field">
                <label for=kind_id.clone()>{s.kind_label.as_str()}</label>
                <select id=kind_id.clone() name=kind_id
                    prop:value=move || state.contacts.with(|l| l.get(i).map(|c| c.kind.key()).unwrap_or_default())
                    on:change=move |ev| {
                        if let Some(k) = ContactKind::from_key(&event_target_value(&ev)) {
                            edit(state, msg, move |l| if let Some(c) = l.get_mut(i) { c.kind = k });
                        }
                    }>
                    // `selected` per option: the select's own value is set before its options exist.
                    {ContactKind::ALL.iter().map(|&k| view! {
                        <option value=k.key() prop:selected=move || state.contacts.with(|l| l.get(i).is_some_and(|c| c.kind == k))>{k.choice()}</option>
                    }).collect_view()}
                </select>
            </div>
            {text_field("organisatie", s.organisation_label.to_string(), "text", |c| c.organisation.clone(), |c, v| c.organisation = v)}
            {text_field("telefoon", s.phone_label.to_string(), "tel", |c| c.phone.clone(), |c, v| c.phone = v)}
            {text_field("bereikbaar", s.hours_label.to_string(), "text", |c| c.hours.clone(), |c, v| c.hours = v)}
            <button type="button" class="secondary" on:click=move |_| edit(state, msg, move |l| { if i < l.len() { l.remove(i); } })>
                {fill(&s.remove_button, &[("n", &n.to_string())])}
            </button>
        </fieldset>
    }
}

/// Takes over the contacts of a colleague's export file (never the case in it).
#[component]
fn ImportContacts() -> impl IntoView {
    let state = AppState::current();
    let s = &catalogue().followup.kaart;
    let pass = RwSignal::new(String::new());
    let msg = RwSignal::new(None::<String>);
    let take = move |bytes: Vec<u8>| {
        let passphrase = pass.get_untracked();
        leptos::task::spawn_local(async move {
            let theirs: Result<Vec<ProContact>, ImportError> =
                match parse_export(&bytes, DEFAULT_MAX_IMPORT_BYTES) {
                    Err(e) => Err(e),
                    Ok(ExportFile::Plain { contacts, .. }) => Ok(contacts),
                    Ok(ExportFile::Encrypted(file)) => {
                        match crypto::decrypt(&passphrase, &file).await {
                            Ok(plain) => parse_decrypted(&plain, file.version).map(|(_, c)| c),
                            Err(_) => Err(ImportError::WrongPassphraseOrTampered),
                        }
                    }
                };
            let theirs = match theirs {
                Ok(t) => t,
                Err(e) => {
                    msg.set(Some(e.message().to_string()));
                    return;
                }
            };
            if theirs.is_empty() {
                msg.set(Some(s.import_none.to_string()));
                return;
            }
            let mut added = 0;
            let result = change(state, |l| added = merge_contacts(l, &theirs)).await;
            msg.set(Some(match result {
                Ok(()) => fill(&s.import_done, &[("n", &added.to_string())]),
                Err(_) => s.save_failed.to_string(),
            }));
            pass.set(String::new());
        });
    };
    let on_file = move |read: Result<Vec<u8>, String>| match read {
        Ok(bytes) => take(bytes),
        Err(e) => msg.set(Some(e)),
    };
    view! {
        <FileField id="kaart-import" label=s.import_label hint=s.import_hint on_read=on_file/>
        <div class="field">
            <label for="kaart-import-wachtwoord">{s.import_password.as_str()}</label>
            <input type="password" id="kaart-import-wachtwoord" autocomplete="off" prop:value=move || pass.get() on:input=move |ev| pass.set(event_target_value(&ev))/>
        </div>
        <p role="status" class="small" id="kaart-import-melding">{move || msg.get()}</p>
    }
}
