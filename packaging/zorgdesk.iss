; Inno Setup script for Windows: build the PyInstaller folder first
; (`pyinstaller --noconfirm packaging/zorgdesk.spec`, giving dist\zorgdesk), then `iscc packaging\zorgdesk.iss`.
; Installs per user (no admin rights needed on locked-down municipal laptops): Start menu entry,
; .zorgdesk files open in ZorgDesk with their own document icon, an uninstaller, version info.
#define AppVersion "0.1.0"
#define BundleDir "..\dist\zorgdesk"

[Setup]
AppId={{6C2E7B0A-5C1D-4F0E-9B2B-2D0E5C0A0001}
AppName=ZorgDesk
AppVersion={#AppVersion}
AppVerName=ZorgDesk {#AppVersion}
AppPublisher=ZorgDesk
VersionInfoVersion={#AppVersion}
VersionInfoProductName=ZorgDesk
VersionInfoDescription=ZorgDesk installatie
DefaultDirName={localappdata}\Programs\ZorgDesk
DefaultGroupName=ZorgDesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\dist
OutputBaseFilename=ZorgDesk-{#AppVersion}-setup
SetupIconFile=..\zorgdesk\resources\icons\zorgdesk.ico
UninstallDisplayIcon={app}\zorgdesk.exe
UninstallDisplayName=ZorgDesk {#AppVersion}
Compression=lzma2
SolidCompression=yes
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "Snelkoppeling op het bureaublad"; Flags: unchecked

[Files]
Source: "{#BundleDir}\zorgdesk.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\ZorgDesk"; Filename: "{app}\zorgdesk.exe"
Name: "{group}\ZorgDesk verwijderen"; Filename: "{uninstallexe}"
Name: "{userdesktop}\ZorgDesk"; Filename: "{app}\zorgdesk.exe"; Tasks: desktopicon

[Registry]
Root: HKCU; Subkey: "Software\Classes\.zorgdesk"; ValueType: string; ValueName: ""; ValueData: "ZorgDesk.Werkruimte"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\ZorgDesk.Werkruimte"; ValueType: string; ValueName: ""; ValueData: "ZorgDesk-werkruimte"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\ZorgDesk.Werkruimte\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\_internal\zorgdesk\resources\icons\zorgdesk-document.ico"
Root: HKCU; Subkey: "Software\Classes\ZorgDesk.Werkruimte\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\zorgdesk.exe"" open ""%1"""

[Run]
Filename: "{app}\zorgdesk.exe"; Description: "ZorgDesk starten"; Flags: nowait postinstall skipifsilent
