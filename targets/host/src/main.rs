//! `mupy`: the host command. Runs a Python file, a command (`-c`) or the
//! REPL; flags follow MicroPython's unix port (`-X heapsize=`), plus
//! `--repr` to choose the object representation.

mod alloc_count;
mod cli;
mod freeze;
mod front;
mod fs;
mod port;
mod repl;
mod session;
mod term;

use cli::ReprChoice;
use mupy_reprs::{A, C, D};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

#[global_allocator]
static ALLOCATOR: alloc_count::Counting = alloc_count::Counting;

fn main() -> ExitCode {
    let args = match cli::Args::parse_from_env() {
        Ok(a) => a,
        Err(code) => return code,
    };
    if args.version {
        println!("mupy {} (repr {})", mupy::VERSION, args.repr.name());
        return ExitCode::SUCCESS;
    }
    if let Some(out) = &args.mpy {
        let Some(file) = args.rest.first() else {
            eprintln!("mupy: --mpy needs a file");
            return ExitCode::from(2);
        };
        return ExitCode::from(freeze::run(file, out));
    }
    if args.dis || args.compile_only {
        let Some(file) = args.rest.first() else {
            eprintln!("mupy: --dis and --compile-only need a file");
            return ExitCode::from(2);
        };
        let status = match args.repr {
            ReprChoice::A => front::run::<A>(file, args.dis, args.stats),
            ReprChoice::C => front::run::<C>(file, args.dis, args.stats),
            ReprChoice::D => front::run::<D>(file, args.dis, args.stats),
        };
        return ExitCode::from(status);
    }
    let interrupt = Arc::new(AtomicBool::new(false));
    let flag = interrupt.clone();
    // Ctrl-C while Python runs raises KeyboardInterrupt at the next backward
    // jump; the REPL's line editor handles Ctrl-C itself.
    let _ = ctrlc::set_handler(move || flag.store(true, Ordering::Relaxed));
    match args.repr {
        ReprChoice::A => session::run::<A>(&args, interrupt),
        ReprChoice::C => session::run::<C>(&args, interrupt),
        ReprChoice::D => session::run::<D>(&args, interrupt),
    }
}
