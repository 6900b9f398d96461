//! Counts against a total, one block of fields per group.

use crate::criteria::CountGroup;
use crate::criteria::SetList;
use crate::i18n::{Lang, Text};
use crate::scoring::{Answer, CountAnswer};
use crate::ui::NumberField;
use std::collections::BTreeMap;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CountsInputProps {
    pub id: AttrValue,
    pub groups: SetList<CountGroup>,
    pub answer: Option<Answer>,
    pub on_change: Callback<Answer>,
}

#[derive(Clone, Copy)]
enum Slot {
    Total,
    Counted,
    Exempt,
}

#[component]
pub fn CountsInput(props: &CountsInputProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let current: BTreeMap<String, CountAnswer> = match &props.answer {
        Some(Answer::Counts { groups }) => groups.clone(),
        _ => BTreeMap::new(),
    };
    let field = |group: &CountGroup, slot: Slot, label: &str| {
        let value = current.get(&*group.id).and_then(|g| match slot {
            Slot::Total => g.total,
            Slot::Counted => g.counted,
            Slot::Exempt => g.exempt,
        });
        let on_change = {
            let current = current.clone();
            let group_id = group.id.clone();
            props.on_change.reform(move |value: Option<i64>| {
                let mut groups = current.clone();
                let entry = groups.entry(group_id.to_string()).or_default();
                match slot {
                    Slot::Total => entry.total = value,
                    Slot::Counted => entry.counted = value,
                    Slot::Exempt => entry.exempt = value,
                }
                Answer::Counts { groups }
            })
        };
        let suffix = match slot {
            Slot::Total => "total",
            Slot::Counted => "counted",
            Slot::Exempt => "exempt",
        };
        html! {
            <NumberField
                id={format!("{}-{}-{}", props.id, group.id, suffix)}
                label={AttrValue::from(label.to_owned())}
                {value}
                not_a_number={Text::DigitsOnly.get(lang)}
                {on_change}
            />
        }
    };
    html! {
        <div class="input-group">
            { for props.groups.iter().map(|group| html! {
                <div class="count-group">
                    { field(group, Slot::Total, group.total_label.get(lang)) }
                    { field(group, Slot::Counted, group.counted_label.get(lang)) }
                    if let Some(exempt) = &group.exempt_label {
                        { field(group, Slot::Exempt, exempt.get(lang)) }
                    }
                </div>
            }) }
        </div>
    }
}
