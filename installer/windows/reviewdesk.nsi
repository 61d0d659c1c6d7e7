; ReviewDesk for Windows. Not built in this project's CI (see README.md). makensis /DVERSION=x.y.z /DDIST=path
Unicode true
!include "MUI2.nsh"
!include "FileFunc.nsh"

!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef DIST
  !define DIST "..\..\dist"
!endif

Name "ReviewDesk ${VERSION}"
OutFile "ReviewDesk-${VERSION}-setup.exe"
InstallDir "$PROGRAMFILES64\ReviewDesk"
InstallDirRegKey HKLM "Software\ReviewDesk" "InstallDir"
RequestExecutionLevel admin

!insertmacro MUI_PAGE_LICENSE "..\debian\copyright"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "TradChinese"
!insertmacro MUI_LANGUAGE "English"

!macro Associate EXT TYPE DESCRIPTION ARGS
  WriteRegStr HKCR ".${EXT}" "" "${TYPE}"
  WriteRegStr HKCR "${TYPE}" "" "${DESCRIPTION}"
  WriteRegStr HKCR "${TYPE}\DefaultIcon" "" "$INSTDIR\bin\reviewdesk.exe,0"
  WriteRegStr HKCR "${TYPE}\shell\open\command" "" '"$INSTDIR\bin\reviewdesk.exe" ${ARGS} "%1"'
!macroend

Section "ReviewDesk" main
  SectionIn RO
  SetOutPath "$INSTDIR"
  File /r "${DIST}\*.*"
  WriteRegStr HKLM "Software\ReviewDesk" "InstallDir" "$INSTDIR"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\ReviewDesk"
  CreateShortcut "$SMPROGRAMS\ReviewDesk\ReviewDesk 審查工作站.lnk" "$INSTDIR\bin\reviewdesk.exe"
  CreateShortcut "$SMPROGRAMS\ReviewDesk\Uninstall.lnk" "$INSTDIR\uninstall.exe"

  ; The three kinds of file a double-click opens in the right mode (MainWindow::openFile).
  !insertmacro Associate "rdpkg" "ReviewDesk.Package" "ReviewDesk reviewer package" ""
  !insertmacro Associate "rdret" "ReviewDesk.Return" "ReviewDesk score return" ""
  !insertmacro Associate "rdarc" "ReviewDesk.Archive" "ReviewDesk round archive" "--audit"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\ReviewDesk" "DisplayName" "ReviewDesk ${VERSION}"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\ReviewDesk" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\ReviewDesk" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\ReviewDesk" "Publisher" "ReviewDesk"
SectionEnd

Section "Uninstall"
  DeleteRegKey HKCR ".rdpkg"
  DeleteRegKey HKCR ".rdret"
  DeleteRegKey HKCR ".rdarc"
  DeleteRegKey HKCR "ReviewDesk.Package"
  DeleteRegKey HKCR "ReviewDesk.Return"
  DeleteRegKey HKCR "ReviewDesk.Archive"
  DeleteRegKey HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\ReviewDesk"
  DeleteRegKey HKLM "Software\ReviewDesk"
  RMDir /r "$SMPROGRAMS\ReviewDesk"
  RMDir /r "$INSTDIR"
SectionEnd
