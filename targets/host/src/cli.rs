//! Command-line parsing for `mupy`, with MicroPython's unix-port flags.

use clap::{Parser, ValueEnum};
use std::process::ExitCode;

/// Object representation, chosen at start.
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReprChoice {
    A,
    C,
    D,
}

impl ReprChoice {
    pub fn name(self) -> &'static str {
        match self {
            ReprChoice::A => "a",
            ReprChoice::C => "c",
            ReprChoice::D => "d",
        }
    }
}

#[derive(Parser, Debug)]
#[command(
    name = "mupy",
    disable_version_flag = true,
    about = "Run Python 3 programs with mupy"
)]
struct Raw {
    /// Print the version and exit.
    #[arg(long)]
    version: bool,
    /// Object representation: a (tagged 32-bit), c (30-bit floats), d (NaN boxing).
    #[arg(long, value_enum, default_value = "a")]
    repr: ReprChoice,
    /// Print heap and allocation figures on exit.
    #[arg(long)]
    stats: bool,
    /// Implementation options, e.g. `-X heapsize=2m`.
    #[arg(short = 'X', value_name = "OPTION")]
    x_options: Vec<String>,
    /// Print the bytecode of every code object instead of running.
    #[arg(long)]
    dis: bool,
    /// Compile only and report errors (with --stats: compiler memory).
    #[arg(long)]
    compile_only: bool,
    /// Compile FILE to a `.mpy` file OUT instead of running (for freezing).
    #[arg(long, value_name = "OUT")]
    mpy: Option<String>,
    /// Run the REPL protocol on stdin even when it is not a terminal.
    #[arg(long)]
    repl: bool,
    /// Program passed in as a string.
    #[arg(short = 'c', value_name = "CMD")]
    command: Option<String>,
    /// Program arguments: a file, then arguments for sys.argv.
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    rest: Vec<String>,
}

/// The parsed command line.
#[derive(Debug)]
pub struct Args {
    pub version: bool,
    pub repr: ReprChoice,
    pub stats: bool,
    pub heap_bytes: usize,
    pub command: Option<String>,
    pub rest: Vec<String>,
    pub force_repl: bool,
    pub dis: bool,
    pub compile_only: bool,
    pub mpy: Option<String>,
}

/// The default heap, as MicroPython's unix port: 2 MiB.
const DEFAULT_HEAP: usize = 2 * 1024 * 1024;

impl Args {
    pub fn parse_from_env() -> Result<Args, ExitCode> {
        let raw = Raw::parse();
        let mut heap_bytes = DEFAULT_HEAP;
        for opt in &raw.x_options {
            match opt.split_once('=') {
                Some(("heapsize", v)) => match parse_size(v) {
                    Some(n) => heap_bytes = n,
                    None => {
                        eprintln!("mupy: bad heapsize: {v}");
                        return Err(ExitCode::from(1));
                    }
                },
                _ => {
                    eprintln!("mupy: unknown -X option: {opt}");
                    return Err(ExitCode::from(1));
                }
            }
        }
        Ok(Args {
            version: raw.version,
            repr: raw.repr,
            stats: raw.stats,
            heap_bytes,
            command: raw.command,
            rest: raw.rest,
            force_repl: raw.repl,
            dis: raw.dis,
            compile_only: raw.compile_only,
            mpy: raw.mpy,
        })
    }
}

/// `N`, `Nk` or `Nm` (also upper case), as MicroPython's `-X heapsize=`.
pub fn parse_size(s: &str) -> Option<usize> {
    let (digits, mult) = match s.as_bytes().last()? {
        b'k' | b'K' => (&s[..s.len() - 1], 1024),
        b'm' | b'M' => (&s[..s.len() - 1], 1024 * 1024),
        _ => (s, 1),
    };
    digits.parse::<usize>().ok()?.checked_mul(mult)
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes_parse_like_micropython() {
        assert_eq!(parse_size("1024"), Some(1024));
        assert_eq!(parse_size("64k"), Some(65536));
        assert_eq!(parse_size("2M"), Some(2 << 20));
        assert_eq!(parse_size("x"), None);
        assert_eq!(parse_size(""), None);
    }
}
