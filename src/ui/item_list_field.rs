//! A list of named items (products, models): one text input per item, an
//! "add" button, and a remove button on each. Empty items are kept while she
//! types; the core decides what counts.

use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ItemListFieldProps {
    pub id: AttrValue,
    pub legend: AttrValue,
    /// Label of each item's input, numbered: "{item_label} 1", "{item_label} 2"…
    pub item_label: AttrValue,
    pub add_label: AttrValue,
    /// Accessible name of each remove button, numbered like the items.
    pub remove_label: AttrValue,
    pub items: Vec<String>,
    pub on_change: Callback<Vec<String>>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
}

#[component]
pub fn ItemListField(props: &ItemListFieldProps) -> Html {
    let hint_id = format!("{}-hint", props.id);
    let new_item_focus = use_mut_ref(|| false);
    let list = use_node_ref();
    // After "add", focus the new (last) input.
    {
        let list = list.clone();
        let new_item_focus = new_item_focus.clone();
        use_effect_with(props.items.len(), move |_| {
            if std::mem::take(&mut *new_item_focus.borrow_mut())
                && let Some(list) = list.cast::<web_sys::Element>()
                && let Ok(Some(last)) = list.query_selector("li:last-child input")
                && let Ok(input) = wasm_bindgen::JsCast::dyn_into::<HtmlInputElement>(last)
            {
                let _ = input.focus();
            }
        });
    }
    let on_add = {
        let items = props.items.clone();
        let on_change = props.on_change.clone();
        let new_item_focus = new_item_focus.clone();
        Callback::from(move |_: MouseEvent| {
            let mut next = items.clone();
            next.push(String::new());
            *new_item_focus.borrow_mut() = true;
            on_change.emit(next);
        })
    };
    html! {
        <fieldset class="field field-list" aria-describedby={props.hint.is_some().then(|| AttrValue::from(hint_id.clone()))}>
            <legend class="field-label">{ props.legend.clone() }</legend>
            if let Some(hint) = &props.hint {
                <p class="field-hint" id={hint_id.clone()}>{ hint.clone() }</p>
            }
            <ol class="item-list" ref={list}>
                { for props.items.iter().enumerate().map(|(i, item)| {
                    let input_id = format!("{}-{}", props.id, i + 1);
                    let oninput = {
                        let items = props.items.clone();
                        let on_change = props.on_change.clone();
                        Callback::from(move |event: InputEvent| {
                            let mut next = items.clone();
                            next[i] = event.target_unchecked_into::<HtmlInputElement>().value();
                            on_change.emit(next);
                        })
                    };
                    let on_remove = {
                        let items = props.items.clone();
                        let on_change = props.on_change.clone();
                        Callback::from(move |_: MouseEvent| {
                            let mut next = items.clone();
                            next.remove(i);
                            on_change.emit(next);
                        })
                    };
                    html! {
                        <li class="item-row">
                            <label class="field-label" for={input_id.clone()}>
                                { format!("{} {}", props.item_label, i + 1) }
                            </label>
                            <div class="item-row-controls">
                                <input id={input_id} class="field-input" type="text" value={item.clone()} autocomplete="off" {oninput} />
                                <button
                                    type="button"
                                    class="button-secondary item-remove"
                                    aria-label={format!("{} {}", props.remove_label, i + 1)}
                                    onclick={on_remove}
                                >
                                    <span aria-hidden="true">{ "✕" }</span>
                                </button>
                            </div>
                        </li>
                    }
                }) }
            </ol>
            <button type="button" class="button-secondary item-add" onclick={on_add}>
                <span aria-hidden="true">{ "+ " }</span>{ props.add_label.clone() }
            </button>
        </fieldset>
    }
}
