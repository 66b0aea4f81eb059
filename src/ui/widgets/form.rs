//! Small form controls shared by the steps. Each ties its label and hint to the input and
//! shows identifier warnings beside free text (never blocking).

use crate::app::page::focus_by_id;
use crate::formats::export::DEFAULT_MAX_IMPORT_BYTES;
use crate::model::Answer;
use crate::store;
use leptos::prelude::*;

/// Identifier warnings for a free text, shown beside the field.
#[component]
pub fn IdWarnings(#[prop(into)] text: Signal<String>, id: String) -> impl IntoView {
    let warnings = Memo::new(move |_| {
        text.with(|t| crate::privacy::messages(t, js_sys::Date::new_0().get_full_year() as i32))
    });
    move || {
        let list = warnings.get();
        (!list.is_empty()).then(|| {
            view! {
                <div class="id-warning" id=id.clone() role="status">
                    <strong>{crate::content::catalogue().screens.form.id_warning.as_str()}</strong>
                    <ul>{list.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
                </div>
            }
        })
    }
}

/// A free-text field (one line, or several with `multiline`) with its label, hint and the
/// identifier warnings tied to it.
#[component]
pub fn TextField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_change: Callback<String>,
    #[prop(optional)] multiline: bool,
) -> impl IntoView {
    // The text as one value: another change of the case neither sets the field again nor
    // scans it for identifiers again.
    let value = Memo::new(move |_| value.get());
    let hint_id = format!("{id}-hint");
    let warn_id = format!("{id}-warn");
    let described = if hint.is_some() {
        format!("{hint_id} {warn_id}")
    } else {
        warn_id.clone()
    };
    let control = if multiline {
        view! {
            <textarea
                id=id.clone()
                name=id.clone()
                rows="4"
                aria-describedby=described
                prop:value=move || value.get()
                on:input=move |ev| on_change.run(event_target_value(&ev))
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                type="text"
                id=id.clone()
                name=id.clone()
                autocomplete="off"
                aria-describedby=described
                prop:value=move || value.get()
                on:input=move |ev| on_change.run(event_target_value(&ev))
            />
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {hint.map(|h| view! { <span class="hint" id=hint_id>{h}</span> })}
            {control}
            <IdWarnings text=value id=warn_id/>
        </div>
    }
}

/// A group of radio buttons for a choice among keyed options.
#[component]
pub fn Radios(
    #[prop(into)] name: String,
    #[prop(into)] legend: String,
    #[prop(optional, into)] hint: Option<String>,
    options: Vec<(String, String)>,
    #[prop(into)] selected: Signal<Option<String>>,
    #[prop(into)] on_change: Callback<String>,
    #[prop(optional)] inline: bool,
    /// A short note on the line of the choices (for example what an answer can change).
    #[prop(optional, into)]
    aside: MaybeProp<String>,
    /// More about the question, one click away (a closed disclosure), beside its hint.
    #[prop(optional_no_strip)]
    more: Option<AnyView>,
) -> impl IntoView {
    let hint = hint.filter(|h| !h.is_empty());
    let hint_id = format!("{name}-hint");
    let described = hint.as_ref().map(|_| hint_id.clone());
    let class = if inline { "choices inline" } else { "choices" };
    // Only a change of this choice sets its buttons again, not every change of the case.
    let selected = Memo::new(move |_| selected.get());
    view! {
        <fieldset class="field" aria-describedby=described>
            <legend>{legend}</legend>
            {hint.map(|h| view! { <span class="hint" id=hint_id.clone()>{h}</span> })}
            {more.map(|m| view! { <div class="question-more">{m}</div> })}
            <div class=class>
                {options
                    .into_iter()
                    .map(|(key, label)| {
                        let input_id = format!("{name}-{key}");
                        let k1 = key.clone();
                        let k2 = key.clone();
                        view! {
                            <label class="choice">
                                <input
                                    type="radio"
                                    id=input_id
                                    name=name.clone()
                                    value=key
                                    prop:checked=move || selected.get().as_deref() == Some(k1.as_str())
                                    on:change=move |_| on_change.run(k2.clone())
                                />
                                {label}
                            </label>
                        }
                    })
                    .collect_view()}
                {move || aside.get().map(|t| view! { <span class="choices-aside small muted">{t}</span> })}
            </div>
        </fieldset>
    }
}

/// Ja / Nee / Weet ik niet, the three-way answer every question uses.
#[component]
pub fn AnswerRadios(
    #[prop(into)] name: String,
    #[prop(into)] legend: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(into)] value: Signal<Option<Answer>>,
    #[prop(into)] on_change: Callback<Answer>,
    #[prop(optional, into)] aside: MaybeProp<String>,
    /// More about the question, one click away (see [`Radios`]).
    #[prop(optional_no_strip)]
    more: Option<AnyView>,
) -> impl IntoView {
    let options = Answer::ALL
        .iter()
        .map(|a| (a.key().to_string(), a.choice().to_string()))
        .collect();
    let selected = Signal::derive(move || value.get().map(|a| a.key().to_string()));
    view! {
        <Radios
            name
            legend
            hint=hint.unwrap_or_default()
            options
            selected
            inline=true
            aside
            more
            on_change=Callback::new(move |k: String| {
                if let Some(a) = Answer::from_key(&k) {
                    on_change.run(a)
                }
            })
        />
    }
}

#[component]
pub fn Check(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(into)] checked: Signal<bool>,
    #[prop(into)] on_change: Callback<bool>,
) -> impl IntoView {
    let checked = Memo::new(move |_| checked.get());
    view! {
        <label class="choice">
            <input
                type="checkbox"
                id=id
                prop:checked=move || checked.get()
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            {label}
        </label>
    }
}

/// A link to an element on the same page. Handled here, because `<base href>` would make a bare
/// `#fragment` point at the start page.
#[component]
pub fn FragmentLink(
    #[prop(into)] target: String,
    #[prop(optional)] class: &'static str,
    children: Children,
) -> impl IntoView {
    let href = format!("#{target}");
    view! {
        <a
            href=href
            class=class
            on:click=move |ev| {
                ev.prevent_default();
                focus_by_id(&target);
            }
        >
            {children()}
        </a>
    }
}

/// A field to choose a JSON file (an export or a sociale kaart) with its label and hint: the
/// chosen file is read ([`read_chosen_file`]) and its bytes, or why it could not be read, go to
/// `on_read`.
#[component]
pub fn FileField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(into)] hint: String,
    on_read: impl Fn(Result<Vec<u8>, String>) + Clone + 'static,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let on_change = move |ev: leptos::ev::Event| read_chosen_file(&ev, on_read.clone());
    view! {
        <div class="field import-field">
            <label for=id.clone()>{label}</label>
            <span class="hint" id=hint_id.clone()>{hint}</span>
            <input type="file" id=id accept=".json,application/json" aria-describedby=hint_id on:change=on_change/>
        </div>
    }
}

/// The change handler of a file input: reads the chosen file (at most the import limit) and
/// hands on its bytes or the Dutch message why it could not be read. The input is emptied, so
/// the same file can be chosen again.
fn read_chosen_file(ev: &leptos::ev::Event, done: impl FnOnce(Result<Vec<u8>, String>) + 'static) {
    let input: web_sys::HtmlInputElement = event_target(ev);
    let Some(file) = input.files().and_then(|f| f.get(0)) else {
        return;
    };
    input.set_value("");
    leptos::task::spawn_local(async move {
        done(
            store::read_file(&file, DEFAULT_MAX_IMPORT_BYTES)
                .await
                .map_err(|e| e.to_string()),
        );
    });
}
