; NCM Desktop installer for Windows (NSIS 3, Unicode).
;
; Per-user: installs into %LOCALAPPDATA%\Programs\NCM Desktop without administrator
; rights, adds a start-menu entry, opens .ncm dossiers with the program (this user's
; HKCU\Software\Classes) and registers an uninstaller in "Apps & features".  The
; uninstaller removes the program's files only: dossiers, backups and preferences live in
; %LOCALAPPDATA%\ncm-desktop (or in NCM_DESKTOP_HOME) and are never deleted.
;
; Built by installer/build_windows.py; by hand, from the repository's root:
;   makensis -DBUNDLE_DIR=dist\ncm-desktop -DVERSION=0.1.0 -DICON=build\icons\ncm-desktop.ico
;            -DOUTFILE=dist\ncm-desktop-0.1.0-setup.exe installer\windows\ncm-desktop.nsi
; Optional: -DSIGN_COMMAND="signtool sign /fd SHA256 /tr URL /td SHA256 /a" signs the
; uninstaller and the installer as they are written (the programs in BUNDLE_DIR are
; signed before, by the build script).  -DCHECK_ONLY skips compression (the Linux build
; compiles this file against its own bundle to prove that it compiles).

Unicode true
ManifestDPIAware true
RequestExecutionLevel user

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

!ifndef VERSION
  !error "define VERSION, e.g. -DVERSION=0.1.0"
!endif
!ifndef BUNDLE_DIR
  !error "define BUNDLE_DIR, the folder PyInstaller made (dist\ncm-desktop)"
!endif
!ifndef OUTFILE
  !define OUTFILE "ncm-desktop-${VERSION}-setup.exe"
!endif

!define APP_NAME "NCM Desktop"
!define APP_KEY "ncm-desktop"
!define PROG_ID "NCMDesktop.Dossier"
!define MAIN_EXE "ncm-desktop.exe"
!define CLI_EXE "ncm-desktop-cli.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_KEY}"
!define SETTINGS_KEY "Software\${APP_KEY}"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${SETTINGS_KEY}" "InstallDir"
BrandingText "${APP_NAME} ${VERSION}"
!ifdef CHECK_ONLY
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} installer"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "NCM Desktop developers"
VIAddVersionKey /LANG=0 "LegalCopyright" "GPL-3.0-or-later"

!ifdef SIGN_COMMAND
  !uninstfinalize '${SIGN_COMMAND} "%1"' = 0
  !finalize '${SIGN_COMMAND} "%1"' = 0
!endif

; --- pages -------------------------------------------------------------------------
!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${SETTINGS_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${MAIN_EXE}"
!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(KeepsData)"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The seven working languages of the program; the first is the default.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "Spanish"
!insertmacro MUI_LANGUAGE "Arabic"
!insertmacro MUI_LANGUAGE "Russian"
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "Portuguese"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString DossierType ${LANG_ENGLISH} "NCM Desktop dossier"
LangString DossierType ${LANG_FRENCH} "Dossier NCM Desktop"
LangString DossierType ${LANG_SPANISH} "Expediente de NCM Desktop"
LangString DossierType ${LANG_ARABIC} "ملف NCM Desktop"
LangString DossierType ${LANG_RUSSIAN} "Досье NCM Desktop"
LangString DossierType ${LANG_SIMPCHINESE} "NCM Desktop 档案"
LangString DossierType ${LANG_PORTUGUESE} "Dossier do NCM Desktop"

LangString KeepsData ${LANG_ENGLISH} "NCM Desktop will be removed from this computer. Your dossiers, their backups and your preferences in $LOCALAPPDATA\ncm-desktop are kept."
LangString KeepsData ${LANG_FRENCH} "NCM Desktop va être supprimé de cet ordinateur. Vos dossiers, leurs sauvegardes et vos préférences, dans $LOCALAPPDATA\ncm-desktop, sont conservés."
LangString KeepsData ${LANG_SPANISH} "NCM Desktop se eliminará de este equipo. Sus expedientes, sus copias de seguridad y sus preferencias, en $LOCALAPPDATA\ncm-desktop, se conservan."
LangString KeepsData ${LANG_ARABIC} "ستتم إزالة NCM Desktop من هذا الحاسوب. أما ملفاتك ونسخها الاحتياطية وتفضيلاتك الموجودة في $LOCALAPPDATA\ncm-desktop فستبقى كما هي."
LangString KeepsData ${LANG_RUSSIAN} "NCM Desktop будет удалён с этого компьютера. Ваши досье, их резервные копии и настройки в $LOCALAPPDATA\ncm-desktop сохранятся."
LangString KeepsData ${LANG_SIMPCHINESE} "将从此计算机中删除 NCM Desktop。您在 $LOCALAPPDATA\ncm-desktop 中的档案、备份和首选项将保留。"
LangString KeepsData ${LANG_PORTUGUESE} "O NCM Desktop será removido deste computador. Os seus dossiers, as respetivas cópias de segurança e as suas preferências, em $LOCALAPPDATA\ncm-desktop, são mantidos."

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

; --- install -------------------------------------------------------------------------
Section "Install"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; An earlier version's program files go first; nothing of the user's is in this folder.
  RMDir /r "$INSTDIR\_internal"
  File /r "${BUNDLE_DIR}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"

  CreateShortCut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${MAIN_EXE}" "" \
      "$INSTDIR\${MAIN_EXE}" 0

  ; .ncm files open with the program, for this user.
  WriteRegStr HKCU "Software\Classes\.ncm" "" "${PROG_ID}"
  WriteRegStr HKCU "Software\Classes\.ncm" "Content Type" "application/x-ncm-dossier"
  WriteRegStr HKCU "Software\Classes\.ncm\OpenWithProgids" "${PROG_ID}" ""
  WriteRegStr HKCU "Software\Classes\${PROG_ID}" "" "$(DossierType)"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}\DefaultIcon" "" '"$INSTDIR\${MAIN_EXE}",0'
  WriteRegStr HKCU "Software\Classes\${PROG_ID}\shell\open\command" "" \
      '"$INSTDIR\${MAIN_EXE}" "%1"'

  ; "Apps & features"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "NCM Desktop developers"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" '"$INSTDIR\${MAIN_EXE}",0'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0

  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'  ; SHCNE_ASSOCCHANGED
SectionEnd

; --- uninstall -------------------------------------------------------------------------
Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"

  ; The association, only where it is still this program's.
  ReadRegStr $0 HKCU "Software\Classes\.ncm" ""
  ${If} $0 == "${PROG_ID}"
    DeleteRegValue HKCU "Software\Classes\.ncm" ""
    DeleteRegValue HKCU "Software\Classes\.ncm" "Content Type"
  ${EndIf}
  DeleteRegValue HKCU "Software\Classes\.ncm\OpenWithProgids" "${PROG_ID}"
  DeleteRegKey /ifempty HKCU "Software\Classes\.ncm\OpenWithProgids"
  DeleteRegKey /ifempty HKCU "Software\Classes\.ncm"
  DeleteRegKey HKCU "Software\Classes\${PROG_ID}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${SETTINGS_KEY}"

  ; The program's own files, by name: a folder of the user's chosen as the install
  ; folder keeps whatever else it holds.  $LOCALAPPDATA\ncm-desktop (dossiers, backups,
  ; preferences) is not touched.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${MAIN_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
