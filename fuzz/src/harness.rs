//! Running one program on a small, bounded VM and reporting what happened:
//! the printed output and the type and message of an uncaught exception.
//!
//! Every run ends: the VM asks its port for a keyboard interrupt at each
//! backward jump, and this port answers "yes" once a budget of jumps is
//! spent (and at every later jump, so a `try` inside the loop cannot swallow
//! it for good); the heap is small, so growth ends in `MemoryError`; the
//! call depth is capped. Output is capped too, so a printing loop costs
//! little memory.
//!
//! Only `std` and the core crate: the regression and hostile-input tests
//! include this file (`#[path]`) as well as the fuzz crate.

use mupy::compile::Mode;
use mupy::runtime::port::{Port, Stream};
use mupy::runtime::{Vm, VmConfig};
use mupy_reprs::Repr;
use std::cell::RefCell;
use std::rc::Rc;

/// How far one run may go.
#[derive(Copy, Clone, Debug)]
pub struct Limits {
    pub heap_bytes: usize,
    /// Backward jumps before `KeyboardInterrupt`.
    pub jumps: u64,
    pub max_depth: u32,
    /// Bytes of output kept; the rest is dropped.
    pub max_output: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            heap_bytes: 64 * 1024,
            // Enough for every corpus program's loops; a runaway loop growing
            // a bigint by a digit a turn still ends in well under a second.
            jumps: 5_000,
            max_depth: 100,
            max_output: 64 * 1024,
        }
    }
}

/// What the port records, shared between the VM and the caller.
#[derive(Default)]
struct Record {
    out: Vec<u8>,
    err: Vec<u8>,
    jumps_left: u64,
    max_output: usize,
    budget_spent: bool,
}

/// A port with no input whose interrupt flag is the jump budget.
#[derive(Clone, Default)]
pub struct BudgetPort(Rc<RefCell<Record>>);

impl BudgetPort {
    pub fn new(limits: &Limits) -> Self {
        BudgetPort(Rc::new(RefCell::new(Record {
            jumps_left: limits.jumps,
            max_output: limits.max_output,
            ..Record::default()
        })))
    }

    /// Gives the next program a fresh budget.
    pub fn refill(&self, jumps: u64) {
        let mut r = self.0.borrow_mut();
        r.jumps_left = jumps;
        r.budget_spent = false;
    }

    fn take(&self) -> (String, String, bool) {
        let mut r = self.0.borrow_mut();
        let out = String::from_utf8_lossy(&std::mem::take(&mut r.out)).into_owned();
        let err = String::from_utf8_lossy(&std::mem::take(&mut r.err)).into_owned();
        (out, err, r.budget_spent)
    }
}

impl Port for BudgetPort {
    fn write(&mut self, stream: Stream, bytes: &[u8]) {
        let mut r = self.0.borrow_mut();
        let cap = r.max_output;
        let buf = match stream {
            Stream::Stdout => &mut r.out,
            Stream::Stderr => &mut r.err,
        };
        let room = cap.saturating_sub(buf.len());
        buf.extend_from_slice(&bytes[..bytes.len().min(room)]);
    }
    fn read_byte(&mut self) -> Option<u8> {
        None
    }
    fn ticks_ms(&self) -> u64 {
        0
    }
    fn ticks_us(&self) -> u64 {
        0
    }
    fn sleep_ms(&mut self, _ms: u64) {}
    fn take_interrupt(&mut self) -> bool {
        let mut r = self.0.borrow_mut();
        if r.jumps_left == 0 {
            r.budget_spent = true;
            return true;
        }
        r.jumps_left -= 1;
        false
    }
}

/// How a program ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: String,
    /// `None` when the program finished; else the uncaught exception's
    /// type name and its message.
    pub exception: Option<(String, String)>,
    /// The jump budget ran out (the program may have caught the interrupt).
    pub budget_spent: bool,
}

impl Outcome {
    /// The exception's type name, or `""` when the program finished.
    pub fn exc_type(&self) -> &str {
        self.exception.as_ref().map_or("", |e| e.0.as_str())
    }
}

/// A VM and its port, for running several programs one after another.
pub struct Session<R: Repr> {
    pub vm: Vm<R>,
    pub port: BudgetPort,
    pub limits: Limits,
}

impl<R: Repr> Session<R> {
    /// `None` when the VM cannot even start in `limits.heap_bytes`.
    pub fn new(limits: Limits) -> Option<Self> {
        let port = BudgetPort::new(&limits);
        let config = VmConfig {
            heap_bytes: limits.heap_bytes,
            // A quarter of the heap for the Python stack, as the tests' VMs.
            stack_words: limits.heap_bytes / 4 / R::WORD_BYTES,
            max_depth: limits.max_depth,
        };
        let vm = Vm::<R>::new(config, Box::new(port.clone())).ok()?;
        Some(Session { vm, port, limits })
    }

    /// A fresh `__main__` (what a soft reset gives), so the next program
    /// does not see the last one's globals: a program may rebind `print`.
    /// The heap, stacks and interned names stay as the last program left
    /// them; a full heap shows as MemoryError in the next run.
    pub fn fresh_main(&mut self) {
        if mupy::vm::init(&mut self.vm).is_err() {
            self.vm.take_exception();
        }
    }

    /// Runs `source` as `__main__` with a fresh jump budget.
    pub fn run(&mut self, source: &str) -> Outcome {
        self.port.refill(self.limits.jumps);
        let exception = match mupy::vm::exec_source(&mut self.vm, source, "<fuzz>", Mode::File) {
            Ok(_) => None,
            Err(_) => {
                let e = self.vm.take_exception();
                let name = self.vm.type_name(e);
                let mut msg = String::new();
                if self.vm.write_str(&mut msg, e).is_err() {
                    self.vm.take_exception();
                }
                Some((name, msg))
            }
        };
        let (stdout, _err, budget_spent) = self.port.take();
        Outcome {
            stdout,
            exception,
            budget_spent,
        }
    }
}

/// Runs `source` on a fresh VM in representation `R`.
pub fn run_once<R: Repr>(source: &str, limits: Limits) -> Option<Outcome> {
    Session::<R>::new(limits).map(|mut s| s.run(source))
}
