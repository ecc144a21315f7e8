;;; check.el --- drives eglot against the Planwright server  -*- lexical-binding: t -*-

;; Run by emacs.test.ts as `emacs --batch -Q -l check.el'.  Emacs is set up
;; exactly as the README's eglot recipe says, except that the server is
;; started as `node bin/planwright-language-server --stdio' of this
;; repository instead of through npx.  It opens a chapter as a user does,
;; waits for Flymake's diagnostics, asks eldoc's hover function (before and
;; after a settings change), goes to a definition with M-., applies a quick
;; fix with `eglot-code-actions' and opens plan.yaml, then writes what it saw
;; to $PLANWRIGHT_EMACS_OUT as JSON.  Every wait is bounded.

(load (expand-file-name "packages.el" (file-name-directory load-file-name)) nil t)
(require 'json)
(require 'flymake)

(defvar planwright-server (getenv "PLANWRIGHT_SERVER"))
(defvar planwright-file (getenv "PLANWRIGHT_FILE"))
(defvar planwright-plan-yaml (getenv "PLANWRIGHT_PLAN_YAML"))
(defvar planwright-hover-line (string-to-number (getenv "PLANWRIGHT_HOVER_LINE")))
(defvar planwright-out (getenv "PLANWRIGHT_EMACS_OUT"))
(defvar planwright-result nil "An alist, written as the JSON object.")
(defvar planwright-configuration-answers nil "Answers to the server's workspace/configuration requests.")

(defun planwright-record (key value)
  (setq planwright-result (cons (cons key value) (assq-delete-all key planwright-result))))

(defun planwright-wait (what predicate)
  "Process input until PREDICATE holds; fail naming WHAT after 60 seconds."
  (let ((deadline (+ (float-time) 60)))
    (while (not (funcall predicate))
      (when (> (float-time) deadline) (error "Timed out waiting for %s" what))
      (accept-process-output nil 0.05))))

(defun planwright-idle ()
  "Run the idle timers, as Emacs does when the user stops typing; batch Emacs never idles."
  (dolist (timer (copy-sequence timer-idle-list))
    (timer-event-handler timer)))

;; --- the README recipe ---------------------------------------------------
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               `((markdown-mode yaml-mode) . ("node" ,planwright-server "--stdio"))))
(add-hook 'markdown-mode-hook #'eglot-ensure)
(add-hook 'yaml-mode-hook #'eglot-ensure)
(setq eglot-extend-to-xref t)
(setq-default eglot-workspace-configuration
              '(:planwright (:hover (:guidance :json-false))))
;; -------------------------------------------------------------------------

;; What eglot answers when the server asks for its settings.
(advice-add 'eglot-handle-request :around
            (lambda (handle server method &rest params)
              (let ((answer (apply handle server method params)))
                (when (eq method 'workspace/configuration)
                  (push answer planwright-configuration-answers))
                answer)))

;; Warnings eglot shows the user, e.g. about a registration it cannot take.
(defvar planwright-warnings nil)
(advice-add 'display-warning :before
            (lambda (type message &rest _)
              (when (eq (if (consp type) (car type) type) 'eglot)
                (push message planwright-warnings))))

(defun planwright-open (file)
  "Visit FILE as a user does: eglot-ensure connects when the command ends."
  (find-file file)
  (run-hooks 'post-command-hook)
  (let ((buffer (current-buffer)))
    (planwright-wait (format "eglot to manage %s" file)
                     (lambda () (buffer-local-value 'eglot--managed-mode buffer)))
    buffer))

(defun planwright-hover ()
  "The documentation eldoc shows at point, from eglot's hover function."
  (let* ((none (make-symbol "none"))
         (doc none))
    (eglot-hover-eldoc-function (lambda (info &rest _) (setq doc info)))
    (planwright-wait "the hover" (lambda () (not (eq doc none))))
    (and doc (substring-no-properties doc))))

(defun planwright-diagnostic (diagnostic)
  "DIAGNOSTIC from Flymake as line and character (both from 0) and the LSP fields."
  (let ((beg (flymake-diagnostic-beg diagnostic))
        (lsp (alist-get 'eglot-lsp-diag (flymake-diagnostic-data diagnostic))))
    (save-excursion
      (goto-char beg)
      `((line . ,(1- (line-number-at-pos)))
        (character . ,(- beg (line-beginning-position)))
        (text . ,(flymake-diagnostic-text diagnostic))
        (type . ,(symbol-name (flymake-diagnostic-type diagnostic)))
        (code . ,(plist-get lsp :code))
        (source . ,(plist-get lsp :source))))))

(defun planwright-check ()
  (planwright-record 'emacs emacs-version)
  (planwright-record 'eglot (package-version-join
                             (package-desc-version (cadr (assq 'eglot package-alist)))))
  (let* ((chapter (planwright-open planwright-file))
         (server (eglot-current-server)))
    (planwright-record 'mode (symbol-name major-mode))
    (planwright-record 'command (process-command (jsonrpc--process server)))
    (planwright-record 'serverName (plist-get (eglot--server-info server) :name))
    ;; Flymake asks eglot's backend; eglot hands it what the server published.
    (planwright-wait "Flymake diagnostics"
                     (lambda () (with-current-buffer chapter (flymake-diagnostics))))
    (planwright-record 'diagnostics
                       (vconcat (mapcar #'planwright-diagnostic (flymake-diagnostics))))
    (goto-char (point-min))
    (forward-line planwright-hover-line)
    (forward-char 6)
    (planwright-record 'hover (planwright-hover))
    (planwright-record 'configurationAnswers (vconcat (reverse planwright-configuration-answers)))
    ;; Settings changed while the server runs: eglot says so and the server asks again.
    (setq-default eglot-workspace-configuration '(:planwright (:hover (:guidance t))))
    (eglot-signal-didChangeConfiguration server)
    (let ((asked (length planwright-configuration-answers)))
      (planwright-wait "the server to ask for the changed settings"
                       (lambda () (> (length planwright-configuration-answers) asked))))
    (planwright-record 'hoverAfterChange (planwright-hover))
    ;; M-. on the id: xref, through eglot, to the catalog entry.
    (let ((xref-prompt-for-identifier nil))
      (call-interactively #'xref-find-definitions))
    (run-hooks 'post-command-hook)
    (planwright-record 'definition `((file . ,buffer-file-name) (line . ,(1- (line-number-at-pos)))))
    ;; eglot-extend-to-xref: the built-in catalog, outside the plan's folder, stays with the plan's server.
    (planwright-record 'catalogSameServer (if (and eglot--managed-mode (eq (eglot-current-server) server)) t :json-false))
    (switch-to-buffer chapter)
    ;; M-x eglot-code-actions at the misspelt id, then RET (read from stdin in
    ;; batch) takes the default: the server's preferred fix.
    (let ((misspelt (cl-find-if (lambda (d) (string-match-p "mh-perinatel" (flymake-diagnostic-text d)))
                                (flymake-diagnostics))))
      (goto-char (flymake-diagnostic-beg misspelt))
      (planwright-record 'actions (vconcat (mapcar (lambda (a) (plist-get a :title))
                                                   (eglot-code-actions (point)))))
      (let ((last-nonmenu-event ?\r))  ; invoked from the keyboard, not a mouse menu
        (eglot-code-actions (point) nil nil t))
      (planwright-record 'fixedLine (buffer-substring-no-properties (line-beginning-position) (line-end-position)))
      ;; eglot sends the edit (didChange) when Emacs is next idle.
      (planwright-idle)
      (planwright-wait "Flymake to show the findings left after the fix"
                       (lambda () (and (flymake-diagnostics)
                                       (not (cl-find-if (lambda (d) (string-match-p "mh-perinatel" (flymake-diagnostic-text d)))
                                                        (flymake-diagnostics))))))
      (planwright-record 'diagnosticsAfterFix
                         (vconcat (mapcar #'planwright-diagnostic (flymake-diagnostics)))))
    ;; The recipe's yaml-mode entry: plan.yaml joins the same server.
    (with-current-buffer (planwright-open planwright-plan-yaml)
      (planwright-record 'yamlMode (symbol-name major-mode))
      (planwright-record 'yamlSameServer (if (eq (eglot-current-server) server) t :json-false)))
    (planwright-record 'warnings (vconcat (reverse planwright-warnings)))
    (eglot-shutdown server)))

(condition-case err
    (planwright-check)
  (error (planwright-record 'error (error-message-string err))))
(with-temp-file planwright-out
  (insert (json-encode planwright-result)))
(kill-emacs 0)

;;; check.el ends here
