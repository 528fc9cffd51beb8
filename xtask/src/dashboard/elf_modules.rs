//! Flash per crate and module of a firmware ELF, read from its symbol
//! table (the question `cargo bloat` answers, without running a build).
//!
//! Every sized function or data symbol in a flash section is charged to the
//! first two segments of its demangled path (`mupy::vm`, `core::fmt`); a
//! trait impl `<T as Trait>::f` is charged to `T`'s module and a generic
//! `f<T>` to `f`'s, as the linker kept it. Symbols with no Rust path go to
//! bracketed groups, and the flash no symbol covers (literal pools, padding,
//! the vector table's tail, unnamed constants) to `[no symbol]`, so the
//! groups add up to the image's flash figure.

use super::inputs::ModuleSize;
use object::{Object, ObjectSection, ObjectSymbol, SectionIndex, SymbolKind};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

/// What is in flash: code, constants and the initial values of `.data`.
const FLASH_SECTIONS: [&str; 4] = [".vector_table", ".text", ".rodata", ".data"];

const PRIMITIVES: [&str; 17] = [
    "bool", "char", "str", "f32", "f64", "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16",
    "u32", "u64", "u128", "usize",
];

pub fn breakdown(elf: &Path) -> Result<Vec<ModuleSize>, String> {
    let data = std::fs::read(elf).map_err(|e| format!("{}: {e}", elf.display()))?;
    let file = object::File::parse(&*data).map_err(|e| format!("{}: {e}", elf.display()))?;
    let flash: HashMap<SectionIndex, u64> = file
        .sections()
        .filter(|s| s.name().is_ok_and(|n| FLASH_SECTIONS.contains(&n)))
        .map(|s| (s.index(), s.size()))
        .collect();
    let mut groups: BTreeMap<String, u64> = BTreeMap::new();
    let mut seen = HashSet::new();
    let mut attributed = 0;
    for sym in file.symbols() {
        let Some(section) = sym.section_index() else {
            continue;
        };
        let sized = sym.size() > 0 && matches!(sym.kind(), SymbolKind::Text | SymbolKind::Data);
        // Aliases share an address; count the bytes once.
        if !sized || !flash.contains_key(&section) || !seen.insert((section, sym.address())) {
            continue;
        }
        let name = sym.name().unwrap_or("");
        *groups.entry(group(name)).or_default() += sym.size();
        attributed += sym.size();
    }
    let total: u64 = flash.values().sum();
    if total > attributed {
        groups.insert("[no symbol]".into(), total - attributed);
    }
    let mut out: Vec<ModuleSize> = groups
        .into_iter()
        .map(|(name, bytes)| ModuleSize { name, bytes })
        .collect();
    out.sort_by(|a, b| b.bytes.cmp(&a.bytes).then(a.name.cmp(&b.name)));
    Ok(out)
}

/// The group a (mangled) symbol name is charged to.
pub fn group(mangled: &str) -> String {
    let Ok(demangled) = rustc_demangle::try_demangle(mangled) else {
        return if mangled.starts_with("__aeabi") || mangled.starts_with("__") {
            "[compiler builtins]".into()
        } else if mangled.starts_with(".L") || mangled.starts_with("anon.") {
            "[unnamed constants]".into()
        } else {
            "[C and assembly]".into()
        };
    };
    let text = format!("{demangled:#}");
    let path = text.trim_start_matches(['<', '&', '*', '(', '[']);
    let path = path
        .strip_prefix("mut ")
        .or_else(|| path.strip_prefix("const "))
        .or_else(|| path.strip_prefix("dyn "))
        .unwrap_or(path);
    let segments: Vec<&str> = path
        .split("::")
        .take(2)
        .map_while(|s| {
            let ident: &str = s
                .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .next()
                .unwrap_or("");
            // A segment cut short (`Foo as core`) ends the path.
            (!ident.is_empty()).then_some((ident, ident.len() == s.len()))
        })
        .scan(true, |go_on, (ident, whole)| {
            let keep = *go_on;
            *go_on = whole;
            keep.then_some(ident)
        })
        .collect();
    match segments.as_slice() {
        [] => "[C and assembly]".into(),
        // `<f64 as core::fmt::Display>::fmt`: core's code for a primitive.
        [prim, ..] if PRIMITIVES.contains(prim) => format!("core::{prim}"),
        [krate] => (*krate).to_string(),
        [krate, module, ..] => format!("{krate}::{module}"),
    }
}

#[cfg(test)]
mod tests {
    use super::group;

    #[test]
    fn groups_by_crate_and_module() {
        // mupy::vm::exec::run::h0123456789abcdef
        assert_eq!(
            group("_ZN4mupy2vm4exec3run17h0123456789abcdefE"),
            "mupy::vm"
        );
        // <mupy_reprs::a::A as core::fmt::Debug>::fmt
        assert_eq!(
            group("_ZN53_$LT$mupy_reprs..a..A$u20$as$u20$core..fmt..Debug$GT$3fmt17h0123456789abcdefE"),
            "mupy_reprs::a"
        );
        // core::fmt::write
        assert_eq!(group("_ZN4core3fmt5write17h0123456789abcdefE"), "core::fmt");
        assert_eq!(group("__aeabi_memcpy"), "[compiler builtins]");
        assert_eq!(group("memcpy"), "[C and assembly]");
        // <f64 as core::fmt::Display>::fmt
        assert_eq!(
            group("_ZN42_$LT$f64$u20$as$u20$core..fmt..Display$GT$3fmt17h0123456789abcdefE"),
            "core::f64"
        );
    }

    #[test]
    fn a_trait_impl_is_charged_to_its_type() {
        // <mupy::Foo as core::fmt::Debug>::fmt
        assert_eq!(
            group("_ZN46_$LT$mupy..Foo$u20$as$u20$core..fmt..Debug$GT$3fmt17h0123456789abcdefE"),
            "mupy::Foo"
        );
    }
}
