; Inno Setup 6 script: the Windows installer of Verantwoording.
;
;   python installer\build.py                              (PyInstaller build + smoke test;
;                                                          runs ISCC itself when it is installed)
;   iscc /DAppVersion=0.1.0 installer\verantwoording.iss   (by hand; the version from pyproject.toml)
;
; Installs per user by default, without administrator rights (locked-down municipal PCs):
; {autopf} is then %LOCALAPPDATA%\Programs and HKA is HKEY_CURRENT_USER. Someone with admin
; rights may choose "install for all users" in the first dialog; then the same entries go to
; Program Files and HKEY_LOCAL_MACHINE.
; The user's databases, backups and logs (%LOCALAPPDATA%\Verantwoording) are never removed by
; the uninstaller.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z installer\verantwoording.iss
#endif
#ifndef DistDir
  #define DistDir "..\dist\Verantwoording"
#endif
#define AppName "Verantwoording"
#define AppExe "Verantwoording.exe"
#define AppPublisher "Verantwoording developers"
#define DbProgId "Verantwoording.Database"
#define PackageProgId "Verantwoording.Werkpakket"

[Setup]
; AppId identifies the product for upgrades and the uninstaller: never change it.
AppId={{1BBE33EC-266E-474D-A33F-6E7EB17C9761}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoTextVersion={#AppVersion}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableWelcomePage=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
CloseApplications=yes
SetupIconFile=..\resources\icons\verantwoording.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\dist
OutputBaseFilename=Verantwoording-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
dutch.AssociateFiles=Verantwoording-bestanden (.vwdb, .vwpakket) met Verantwoording openen
english.AssociateFiles=Open Verantwoording files (.vwdb, .vwpakket) with Verantwoording
dutch.FileTypes=Bestandstypen:
english.FileTypes=File types:
dutch.DbFileType=Verantwoording-database
english.DbFileType=Verantwoording database
dutch.PackageFileType=Verantwoording-werkpakket
english.PackageFileType=Verantwoording work package
dutch.AppComment=Programmaverantwoording schrijven, verzamelen en exporteren
english.AppComment=Write, collect and export the programme accountability chapter

[Tasks]
Name: "associate"; Description: "{cm:AssociateFiles}"; GroupDescription: "{cm:FileTypes}"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: Verantwoording.exe (windowed), verantwoording-cli.exe (console)
; and _internal\ with Python, Qt, the resources and the database migrations.
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the program folder's contents: no stale modules from the old version.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Registry]
; File associations under Software\Classes of HKA: HKEY_CURRENT_USER for the (default) per-user
; install, so no administrator rights are needed. Removed again by the uninstaller.
; .vwdb: a Verantwoording database
Root: HKA; Subkey: "Software\Classes\.vwdb"; ValueType: string; ValueName: ""; ValueData: "{#DbProgId}"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.vwdb\OpenWithProgids"; ValueType: string; ValueName: "{#DbProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#DbProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:DbFileType}"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#DbProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#DbProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate
; .vwpakket: a work package an officer hands out or back
Root: HKA; Subkey: "Software\Classes\.vwpakket"; ValueType: string; ValueName: ""; ValueData: "{#PackageProgId}"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.vwpakket\OpenWithProgids"; ValueType: string; ValueName: "{#PackageProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#PackageProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:PackageFileType}"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#PackageProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#PackageProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate
; "Open with" knows the program and which types it takes
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".vwdb"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".vwpakket"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
