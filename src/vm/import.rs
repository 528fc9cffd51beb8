//! `import`: finds a module in `sys.modules`, among the builtin (ROM)
//! modules, or as a `.py` file or package directory on `sys.path`, loads
//! each dotted component in turn (`a`, `a.b`, `a.b.c`), binds submodules as
//! attributes of their parents, and resolves relative imports against the
//! importing module's `__name__` (a package's own `__name__` when it has a
//! `__path__`).
//!
//! What IMPORT_NAME returns follows CPython: the top-level package for
//! `import a.b` (the compiler then loads `.b` for `as` forms), the named
//! module itself when there is a `from` list.

use crate::qstr::{names, Interner, Qstr};
use crate::runtime::{PyResult, TypeId, Vm};
use alloc::string::String;
use mupy_reprs::Repr;

impl<R: Repr> Vm<R> {
    /// IMPORT_NAME `name` with the `from` list and level CPython's
    /// `__import__` takes; `globals` are the importing module's.
    pub fn import_name(&mut self, name: Qstr, fromlist: R, level: R, globals: R) -> PyResult<R> {
        let level = if level.is_small_int() {
            level.small_int_value().max(0) as usize
        } else {
            0
        };
        let text = String::from(self.qstrs.get(name));
        let full = if level > 0 {
            let base = self.relative_base(globals, level)?;
            if text.is_empty() {
                base
            } else {
                alloc::format!("{base}.{text}")
            }
        } else {
            if text.is_empty() {
                return Err(self.value_error("Empty module name"));
            }
            text
        };
        let mut module = R::none();
        let mut top = R::none();
        let mut end = 0;
        while end < full.len() {
            end = full[end..].find('.').map_or(full.len(), |i| end + i);
            let parent = module;
            module = self.import_one(&full[..end], parent)?;
            if top.is_none() {
                top = module;
            }
            end += 1;
        }
        let has_from = !fromlist.is_none() && !fromlist.is_null();
        Ok(if has_from || level > 0 { module } else { top })
    }

    /// The package a relative import of `level` dots starts from.
    fn relative_base(&mut self, globals: R, level: usize) -> PyResult<String> {
        let no_parent = |vm: &mut Self| {
            vm.raise_msg(
                TypeId::ImportError,
                "attempted relative import with no known parent package",
            )
        };
        if !self.is_dict(globals) {
            return Err(no_parent(self));
        }
        let name = self.dict_get(globals, R::qstr(names::__name__.0))?;
        let is_pkg = self
            .dict_get(globals, R::qstr(names::__path__.0))?
            .is_some();
        let Some(name) = name.and_then(|n| self.str_text(n)).map(String::from) else {
            return Err(no_parent(self));
        };
        let mut pkg: &str = &name;
        let mut up = level - is_pkg as usize;
        while up > 0 {
            match pkg.rfind('.') {
                Some(i) => pkg = &pkg[..i],
                None => return Err(no_parent(self)),
            }
            up -= 1;
        }
        if pkg.is_empty() || pkg == "__main__" {
            return Err(no_parent(self));
        }
        Ok(String::from(pkg))
    }

    /// Imports the module `full` (its parent package, if any, is `parent`,
    /// already imported) and binds it in the parent.
    fn import_one(&mut self, full: &str, parent: R) -> PyResult<R> {
        let q = self.intern(full)?;
        let key = R::qstr(q.0);
        let modules = self.roots.modules;
        if let Some(m) = self.dict_get(modules, key)? {
            return Ok(m);
        }
        if parent.is_none() {
            if let Some(m) = crate::modules::find::<R>(q) {
                return Ok(m);
            }
        }
        if let Some(mpy) = crate::modules::frozen::find(full) {
            return crate::modules::frozen::load(self, q, mpy);
        }
        let m = match self.find_module_file(full, parent)? {
            Some((path, pkg_dir)) => self.load_module_file(q, &path, pkg_dir.as_deref())?,
            None => {
                return Err(crate::raise!(
                    self,
                    ImportError,
                    "no module named '{}'",
                    full
                ));
            }
        };
        if !parent.is_none() {
            let leaf = full.rsplit('.').next().unwrap_or(full);
            let leaf = self.intern(leaf)?;
            self.store_attr(parent, leaf, m)?;
        }
        Ok(m)
    }

    /// Where the source of `full` is: `(file, package directory if a package)`.
    /// A submodule is searched in its parent's `__path__`, a top-level one
    /// on `sys.path`.
    fn find_module_file(
        &mut self,
        full: &str,
        parent: R,
    ) -> PyResult<Option<(String, Option<String>)>> {
        let leaf = full.rsplit('.').next().unwrap_or(full);
        let mut dirs = alloc::vec::Vec::new();
        if parent.is_none() {
            let path = crate::modules::sys::sys_path(self)?;
            for i in 0..self.list_len(path) {
                let e = self.list_items(path)[i];
                if let Some(s) = self.str_text(e) {
                    dirs.push(String::from(s));
                }
            }
        } else {
            match self.try_load_attr(parent, names::__path__)? {
                Some(p) => match self.str_text(p) {
                    Some(s) => dirs.push(String::from(s)),
                    None => return Ok(None),
                },
                None => return Ok(None),
            }
        }
        for dir in dirs {
            let base = if dir.is_empty() {
                String::from(leaf)
            } else {
                alloc::format!("{dir}/{leaf}")
            };
            if self.port.is_dir(&base) {
                let init = alloc::format!("{base}/__init__.py");
                if self.port.read_file(&init).is_some() {
                    return Ok(Some((init, Some(base))));
                }
            }
            let file = alloc::format!("{base}.py");
            if self.port.read_file(&file).is_some() {
                return Ok(Some((file, None)));
            }
        }
        Ok(None)
    }

    /// `from module import name`: an attribute, or a submodule not yet imported.
    pub fn import_from(&mut self, module: R, name: Qstr) -> PyResult<R> {
        if let Some(v) = self.try_load_attr(module, name)? {
            return Ok(v);
        }
        if module.is_ptr() && self.try_load_attr(module, names::__path__)?.is_some() {
            let m = self.load_attr(module, names::__name__)?;
            let sub = alloc::format!(
                "{}.{}",
                self.str_text(m).unwrap_or(""),
                self.qstrs.get(name)
            );
            match self.import_one(&sub, module) {
                Ok(v) => return Ok(v),
                Err(e) if self.pending_is(TypeId::ImportError) => {
                    let _ = e;
                    self.take_exception();
                }
                Err(e) => return Err(e),
            }
        }
        let n = String::from(self.qstrs.get(name));
        Err(crate::raise!(
            self,
            ImportError,
            "cannot import name '{}'",
            n
        ))
    }

    /// `from module import *`: the names in `__all__`, else every public one.
    pub fn import_star(&mut self, module: R, locals: R) -> PyResult<()> {
        if !module.is_ptr() {
            return Ok(());
        }
        if let Some((crate::runtime::rom::Region::Module, i)) =
            crate::runtime::rom::decode(module.ptr_ref())
        {
            let attrs = crate::modules::MODULES
                .get(i as usize)
                .map_or(&[][..], |m| m.attrs);
            for &(q, rv) in attrs {
                let v = self.rom_value(rv)?;
                self.dict_set(locals, R::qstr(q.0), v)?;
            }
            return Ok(());
        }
        let g = self.module_globals(module.ptr_ref());
        if let Some(all) = self.dict_get(g, R::qstr(names::__all__.0))? {
            let it = self.get_iter(all)?;
            while let Some(k) = self.iter_next(it)? {
                let k = self.intern_value(k)?;
                let q = Qstr(k.qstr_id());
                let v = self.load_attr(module, q)?;
                self.dict_set(locals, k, v)?;
            }
            return Ok(());
        }
        let m = self.dict_map(g);
        let mut p = 0;
        while let Some((np, k, v)) = self.map_next(m, p) {
            p = np;
            if !self.str_text(k).is_some_and(|s| s.starts_with('_')) {
                self.dict_set(locals, k, v)?;
            }
        }
        Ok(())
    }
}
