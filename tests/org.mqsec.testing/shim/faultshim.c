/*
 * A PKCS#11 library for tests that forwards every call to SoftHSM2 and injects the faults SoftHSM
 * cannot produce, chosen by the first word of the file named by MQSEC_SHIM_FAULT:
 *   pin-locked      C_GetTokenInfo reports CKF_USER_PIN_LOCKED; C_Login answers CKR_PIN_LOCKED
 *   final-try       C_GetTokenInfo reports CKF_USER_PIN_FINAL_TRY; wrong PINs as SoftHSM answers them
 *   removed         the slot is empty: no token in C_GetSlotList(present), C_GetTokenInfo and C_OpenSession
 *                   answer CKR_TOKEN_NOT_PRESENT
 *   pulled          the token goes after a session was opened: searches answer CKR_DEVICE_REMOVED
 *   (anything else) no fault
 * Built by org.mqsec.testing.SoftHsm with the system's C compiler and p11-kit's pkcs11.h
 * (gcc -shared -fPIC -I/usr/include/p11-kit-1 faultshim.c -ldl).
 */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <p11-kit/pkcs11.h>

static CK_FUNCTION_LIST *real;
static CK_FUNCTION_LIST shim;

static const char *fault(void) {
    static char word[32];
    const char *file = getenv("MQSEC_SHIM_FAULT");
    word[0] = '\0';
    if (file != NULL) {
        FILE *in = fopen(file, "r");
        if (in != NULL) {
            if (fscanf(in, "%31s", word) != 1) {
                word[0] = '\0';
            }
            fclose(in);
        }
    }
    return word;
}

static int is(const char *name) {
    return strcmp(fault(), name) == 0;
}

static CK_RV shim_GetSlotList(CK_BBOOL present, CK_SLOT_ID_PTR list, CK_ULONG_PTR count) {
    if (present && is("removed")) {
        *count = 0;
        return CKR_OK;
    }
    return real->C_GetSlotList(present, list, count);
}

static CK_RV shim_GetSlotInfo(CK_SLOT_ID slot, CK_SLOT_INFO_PTR info) {
    CK_RV rv = real->C_GetSlotInfo(slot, info);
    if (rv == CKR_OK) {
        info->flags |= CKF_REMOVABLE_DEVICE;
        if (is("removed")) {
            info->flags &= ~CKF_TOKEN_PRESENT;
        }
    }
    return rv;
}

static CK_RV shim_GetTokenInfo(CK_SLOT_ID slot, CK_TOKEN_INFO_PTR info) {
    if (is("removed")) {
        return CKR_TOKEN_NOT_PRESENT;
    }
    CK_RV rv = real->C_GetTokenInfo(slot, info);
    if (rv == CKR_OK && is("pin-locked")) {
        info->flags |= CKF_USER_PIN_LOCKED;
    }
    if (rv == CKR_OK && is("final-try")) {
        info->flags |= CKF_USER_PIN_FINAL_TRY | CKF_USER_PIN_COUNT_LOW;
    }
    return rv;
}

static CK_RV shim_OpenSession(CK_SLOT_ID slot, CK_FLAGS flags, CK_VOID_PTR app, CK_NOTIFY notify, CK_SESSION_HANDLE_PTR session) {
    if (is("removed")) {
        return CKR_TOKEN_NOT_PRESENT;
    }
    return real->C_OpenSession(slot, flags, app, notify, session);
}

static CK_RV shim_Login(CK_SESSION_HANDLE session, CK_USER_TYPE user, CK_UTF8CHAR_PTR pin, CK_ULONG length) {
    if (is("removed")) {
        return CKR_DEVICE_REMOVED;
    }
    if (is("pin-locked")) {
        return CKR_PIN_LOCKED;
    }
    return real->C_Login(session, user, pin, length);
}

static CK_RV shim_FindObjectsInit(CK_SESSION_HANDLE session, CK_ATTRIBUTE_PTR template, CK_ULONG count) {
    if (is("removed") || is("pulled")) {
        return CKR_DEVICE_REMOVED;
    }
    return real->C_FindObjectsInit(session, template, count);
}

CK_RV C_GetFunctionList(CK_FUNCTION_LIST_PTR_PTR list) {
    if (real == NULL) {
        void *library = dlopen(getenv("MQSEC_SHIM_TARGET") != NULL ? getenv("MQSEC_SHIM_TARGET") : "/usr/lib/softhsm/libsofthsm2.so",
                RTLD_NOW | RTLD_LOCAL);
        if (library == NULL) {
            return CKR_GENERAL_ERROR;
        }
        CK_RV (*get)(CK_FUNCTION_LIST_PTR_PTR) = (CK_RV (*)(CK_FUNCTION_LIST_PTR_PTR)) dlsym(library, "C_GetFunctionList");
        if (get == NULL || get(&real) != CKR_OK) {
            return CKR_GENERAL_ERROR;
        }
        shim = *real;
        shim.C_GetSlotList = shim_GetSlotList;
        shim.C_GetSlotInfo = shim_GetSlotInfo;
        shim.C_GetTokenInfo = shim_GetTokenInfo;
        shim.C_OpenSession = shim_OpenSession;
        shim.C_Login = shim_Login;
        shim.C_FindObjectsInit = shim_FindObjectsInit;
    }
    *list = &shim;
    return CKR_OK;
}
