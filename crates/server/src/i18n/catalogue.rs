//! The message catalogues, one Fluent file per language per area, embedded in the binary.

use super::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::borrow::Cow;
use std::sync::LazyLock;

macro_rules! areas {
    ($($area:literal),* $(,)?) => {
        &[$((
            $area,
            include_str!(concat!("../../locales/en/", $area, ".ftl")),
            include_str!(concat!("../../locales/nl/", $area, ".ftl")),
        )),*]
    };
}

/// Every area's catalogue: (area, English source, Dutch source).
pub const CATALOGUES: &[(&str, &str, &str)] = areas!(
    "common",
    "account",
    "jobs",
    "eligibility",
    "apply",
    "portal",
    "mail",
    "recruiting",
    "application",
    "privacy",
    "audit",
    "editor",
    "internship",
    "cases",
    "console",
    "problems"
);

/// One language's messages.
type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> Bundle {
    let tag = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    // The messages go into HTML and plain text, not bidirectional UI: no isolation marks.
    bundle.set_use_isolating(false);
    for (_, en, nl) in CATALOGUES {
        let source = match lang {
            Lang::En => en,
            Lang::Nl => nl,
        };
        // A broken entry is left out (the completeness test names it); the rest still load.
        let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

static BUNDLES: LazyLock<[Bundle; 2]> = LazyLock::new(|| [bundle(Lang::En), bundle(Lang::Nl)]);

/// A value for a message's variable: text, or a number (which plurals select on).
#[derive(Clone, Debug)]
pub enum Arg<'a> {
    /// Text, shown as it is.
    Text(Cow<'a, str>),
    /// A number.
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Text(Cow::Owned(text))
    }
}

impl<'a> From<&&'a str> for Arg<'a> {
    fn from(text: &&'a str) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl<'a> From<&&&'a str> for Arg<'a> {
    fn from(text: &&&'a str) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

macro_rules! numbers {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
        impl From<&$t> for Arg<'_> {
            fn from(n: &$t) -> Self {
                Arg::Number(*n as f64)
            }
        }
        impl From<&&$t> for Arg<'_> {
            fn from(n: &&$t) -> Self {
                Arg::Number(**n as f64)
            }
        }
    )*};
}
numbers!(u8, i32, i64, u32, u64, usize);

/// Whether the English catalogue (which every other one matches) has the message `id`.
pub fn has(id: &str) -> bool {
    BUNDLES[Lang::En as usize].has_message(id)
}

/// The message `id` in `lang` with `args`; English when the language lacks it, the id itself
/// when no catalogue has it (the completeness test keeps that from happening).
pub fn t(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let bundles = &*BUNDLES;
    let found = [lang, Lang::En].into_iter().find_map(|l| {
        let bundle = &bundles[l as usize];
        bundle.get_message(id).and_then(|m| m.value()).map(|pattern| (bundle, pattern))
    });
    let Some((bundle, pattern)) = found else { return id.to_owned() };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(text) => fluent_args.set(*name, FluentValue::from(text.as_ref())),
            Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    use std::collections::{BTreeMap, BTreeSet};

    fn variables(pattern: &Pattern<&str>, found: &mut BTreeSet<String>) {
        fn inline(expression: &InlineExpression<&str>, found: &mut BTreeSet<String>) {
            match expression {
                InlineExpression::VariableReference { id } => {
                    found.insert(id.name.to_owned());
                }
                InlineExpression::Placeable { expression } => outer(expression, found),
                _ => {}
            }
        }
        fn outer(expression: &Expression<&str>, found: &mut BTreeSet<String>) {
            match expression {
                Expression::Inline(expression) => inline(expression, found),
                Expression::Select { selector, variants } => {
                    inline(selector, found);
                    for variant in variants {
                        variables(&variant.value, found);
                    }
                }
            }
        }
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                outer(expression, found);
            }
        }
    }

    /// Each message of a catalogue, with the variables it uses.
    fn messages(area: &str, lang: &str, source: &str) -> BTreeMap<String, BTreeSet<String>> {
        let resource = fluent_syntax::parser::parse(source)
            .unwrap_or_else(|(_, errors)| panic!("{lang}/{area}.ftl does not parse: {errors:?}"));
        let mut found = BTreeMap::new();
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let mut used = BTreeSet::new();
                if let Some(value) = &message.value {
                    variables(value, &mut used);
                }
                let id = message.id.name.to_owned();
                assert!(found.insert(id.clone(), used).is_none(), "{lang}/{area}.ftl has {id} twice");
            }
        }
        found
    }

    /// Every message is in every language, with the same variables; no id is in two areas.
    #[test]
    fn every_message_is_in_every_language_with_the_same_variables() {
        let mut seen = BTreeMap::new();
        for (area, en, nl) in CATALOGUES {
            let (en, nl) = (messages(area, "en", en), messages(area, "nl", nl));
            let only_en: Vec<_> = en.keys().filter(|id| !nl.contains_key(*id)).collect();
            let only_nl: Vec<_> = nl.keys().filter(|id| !en.contains_key(*id)).collect();
            assert!(
                only_en.is_empty() && only_nl.is_empty(),
                "{area}: only English {only_en:?}, only Dutch {only_nl:?}"
            );
            for (id, used) in &en {
                assert_eq!(Some(used), nl.get(id), "{area}: {id} takes other variables in Dutch");
                if let Some(other) = seen.insert(id.clone(), *area) {
                    panic!("{id} is in both {other} and {area}");
                }
            }
        }
        assert!(seen.len() > 50, "{} messages", seen.len());
    }

    /// Every catalogue file is embedded, in every language: a file left out of `areas!` would
    /// show its message ids instead of its words.
    #[test]
    fn every_catalogue_file_is_embedded() {
        let locales = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        for lang in ["en", "nl"] {
            let mut files: Vec<String> = std::fs::read_dir(locales.join(lang))
                .unwrap()
                .map(|f| f.unwrap().file_name().to_string_lossy().trim_end_matches(".ftl").to_owned())
                .collect();
            files.sort();
            let mut embedded: Vec<String> =
                CATALOGUES.iter().map(|(area, _, _)| (*area).to_owned()).collect();
            embedded.sort();
            assert_eq!(files, embedded, "locales/{lang}/ and the areas! table differ");
        }
    }

    #[test]
    fn messages_come_out_in_the_asked_language_with_their_values() {
        assert_eq!(t(Lang::Nl, "board-hours", &[("hours", 40u32.into())]), "40 u/week");
        assert_eq!(t(Lang::En, "board-hours", &[("hours", 40u32.into())]), "40 h/week");
        assert_eq!(t(Lang::Nl, "no-such-message", &[]), "no-such-message");
    }
}
