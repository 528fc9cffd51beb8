//! Text formatting: format specs, `%`-formatting and `str.format` templates,
//! independent of the object model.
//!
//! Everything writes into a `&mut dyn core::fmt::Write` (the runtime's string
//! builder; a failed write becomes `FmtError::Sink`, i.e. `MemoryError`), or,
//! for the template drivers, calls back into the runtime through a trait
//! ([`percent::PercentArgs`], [`brace::BraceArgs`]). Behaviour and messages
//! are CPython 3.11's.
//!
//! ```text
//! format(value, spec):  spec::Spec::parse -> plan (checks, what to produce)
//!                       -> digits from num:: -> pad (fill, sign, grouping, width)
//! template % args:      percent (parse, arguments) -> runtime -> percent_pad
//! template.format(...): brace (parse, lookups) -> runtime renders each field
//! ```

pub mod brace;
pub mod error;
pub mod pad;
pub mod percent;
pub mod percent_pad;
pub mod percent_simple;
pub mod plan;
pub mod spec;

pub use error::{ErrorKind, FmtError};

// Generated tables: long lines, and CPython's inputs kept as written.
#[cfg(test)]
#[rustfmt::skip]
#[allow(clippy::approx_constant)]
mod cases;
#[cfg(test)]
mod test_runtime;
#[cfg(test)]
mod tests;
