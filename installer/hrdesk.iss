; Inno Setup 6 script: the Windows installer for the one-folder build.
; Build `make dist` on Windows first (it fills dist\hrdesk\), then:
;   iscc installer\hrdesk.iss            -> dist\installer\hrdesk-setup-0.1.0.exe
;   iscc /DAppVersion=0.2.0 installer\hrdesk.iss
; This file is UTF-8 with a byte-order mark; keep it so, or the Chinese text breaks.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppExeName "hrdesk.exe"

[Setup]
; AppId identifies the product for upgrades and uninstall: never change it.
AppId={{143695A6-FD6F-4305-A35A-9137A8B69C47}
AppName=hrdesk
AppVersion={#AppVersion}
AppVerName=hrdesk {#AppVersion}
DefaultDirName={autopf}\hrdesk
DefaultGroupName=hrdesk
DisableProgramGroupPage=yes
; Per-machine by default; the user may choose a per-user install instead.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist\installer
OutputBaseFilename=hrdesk-setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={cm:AppTitle}
; The user's database, backups and settings live in the user data folder and
; are deliberately left behind on uninstall.

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; ChineseSimplified.isl is an unofficial translation that Inno Setup does not
; ship: download it from the Inno Setup translations page into the compiler's
; Languages folder before compiling, or iscc stops with "file not found".
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[CustomMessages]
english.AppTitle=hrdesk Recruitment Tracker
chinesesimplified.AppTitle=招聘流程追踪

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\hrdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{cm:AppTitle}"; Filename: "{app}\{#AppExeName}"
Name: "{group}\{cm:UninstallProgram,{cm:AppTitle}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{cm:AppTitle}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{cm:AppTitle}}"; Flags: nowait postinstall skipifsilent
