;;; packages.el --- eglot, markdown-mode and yaml-mode for the Emacs client test  -*- lexical-binding: t -*-

;; `emacs -Q' leaves site-lisp out, so Debian's packages (apt-get install
;; elpa-eglot elpa-markdown-mode elpa-yaml-mode) are activated here as a
;; normal start activates them: Debian's elpa folder is one of package.el's
;; system folders.  Packages in ~/.emacs.d/elpa (M-x package-install) count
;; too.  Loaded alone, it exits non-zero when one of the three is missing,
;; which is how emacs.test.ts learns what to install.

(require 'package)
(setq package-directory-list
      (seq-filter #'file-directory-p '("/usr/share/emacs/site-lisp/elpa")))
(package-initialize)
(dolist (feature '(eglot markdown-mode yaml-mode))
  (require feature))

;;; packages.el ends here
