var K,mn,ia,Me,qt,At,gn,bt,fn,Ut,Ot,yn,at=Symbol.for("pv"),kt={},It=[],ra=/^m(i|n|o|s|text|space)$/,jt=Array.isArray,hn=It.slice,Be=Object.assign;function je(t){t&&t.parentNode&&t.remove()}function Ct(t,n,i,o,r){var s={type:t,props:n,key:i,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:at,__v:r||++mn,__i:-1,__u:0};return!r&&K.vnode&&K.vnode(s),s}function T(t){return t.children}function Dt(t,n){this.props=t,this.context=n,this.__g=0}function Re(t,n){if(n==null)return t.__&&Re(t.__,t.__i+1);for(var i;n<t.__k.length;n++)if((i=t.__k[n])&&i.__e)return i.__e;return typeof t.type!="function"||t.props.__P?null:Re(t)}function oa(t){var n,i=t.__v,o=i.__e,r=[],s=[],d=t.__P;d&&((n=Be({constructor:at},i)).__v=i.__v+1,K.vnode&&K.vnode(n),Bt(d,n,i,t.__n,d.namespaceURI,32&i.__u?[o]:null,r,o||Re(i),32&i.__u,s),n.__v=i.__v,n.__.__k[n.__i]=n,kn(r,n,s),i.__=i.__e=null,n.__e!=o&&bn(n))}function bn(t){if((t=t.__)&&t.__c&&!t.props.__P)return t.__e=null,t.__k.some(function(n){return n&&(t.__e=n.__e)}),bn(t)}function Lt(t){(8&t.__g||(t.__g|=8,Me.push(t),At++))&&qt==K.debounceRendering||((qt=K.debounceRendering)||queueMicrotask)(Cn)}function Cn(){try{for(var t,n=1;Me.length;)Me.length>n&&Me.sort(gn),t=Me.shift(),n=Me.length,8&t.__g&&oa(t)}finally{(At=Me.length)&&(qt||queueMicrotask)(Cn)}}function Dn(t,n,i,o,r,s,d,a,c,m,p){var v,h,u,b,A,k,O=o.__k||It,R=n.length;for(c=aa(i,n,O,c,R),v=0;v<R;v++)(u=i.__k[v])!=null&&(h=~u.__i&&O[u.__i]||kt,u.__i=v,k=Bt(t,u,h,r,s,d,a,c,m,p),b=u.__e,(h.ref!=u.ref||8&h.__u)&&(h.ref&&Vt(h.ref,null,u,h),u.ref&&p.push(u.ref,u.__c||b,u)),A=A||b,4&u.__u?(c=vn(u,c,t,!h.__v),h.__e&&(h.__e=null)):typeof u.type=="function"&&k!==void 0?c=k:b&&(c=b.nextSibling),u.__u&=-21);return i.__e=A,c}function aa(t,n,i,o,r){var s,d,a,c,m,p,v,h,u,b=i.length,A=b,k=0,O=0,R=t.__k=Array(r);for(s=0;s<r;s++)(d=n[s])!=null&&typeof d!="boolean"&&typeof d!="function"?(typeof d!="object"||d.constructor===String?d=R[s]=Ct(null,d):jt(d)?d=R[s]=Ct(T,{children:d}):d.constructor===at&&d.__b?d=R[s]=Ct(d.type,d.props,d.key,d.ref,d.__v):R[s]=d,c=s+k,d.__=t,d.__b=t.__b+1,a=null,~(m=d.__i=sa(d,i,c,A))&&(A--,(a=i[m])&&(a.__u|=2)),a&&a.__v?(d.__u|=16,m==c-1?k--:m==c+1?k++:m!=c&&(m>c?k--:k++,O=1)):(~m||(r>b?k--:r<b&&k++),typeof d.type!="function"&&(d.__u|=4))):R[s]=null;if(O){for(p=[],v=[],s=0;s<r;s++)if((d=R[s])&&16&d.__u){for(k=0,h=p.length;k<h;)p[u=k+h>>1]<d.__i?k=u+1:h=u;p[k]=d.__i,v[s]=k+1}for(k=p.length;s--;)v[s]&&(v[s]==k?k--:R[s].__u|=4)}if(A)for(s=0;s<b;s++)!(a=i[s])||2&a.__u||(a.__e==o&&(o=Re(a)),Ht(a,a));return o}function vn(t,n,i,o){var r,s,d,a;if(typeof t.type=="function"){if(t.props.__P)return n;if(r=t.__k)for(s=0;s<r.length;s++)r[s]&&(r[s].__=t,n=vn(r[s],n,i,!1));return n}for(n&&!n.parentNode&&(n=Re(t))&&!n.parentNode&&(n=null),d=t.__e,a=n;a&&a.nodeType==8;)a=a.nextSibling;for(d!=a&&(!o&&i.moveBefore&&d.parentNode?i.moveBefore(d,n):i.insertBefore(d,n||null)),n=d;(n=n&&n.nextSibling)&&n.nodeType==8&&!n.data.startsWith("$s"););return n}function sa(t,n,i,o){var r,s=t.key,d=t.type,a=n[i],c=a&&!(2&a.__u);if(a===null&&s==null||c&&s==a.key&&d==a.type)return i;if(o>(c?1:0)){for(r=i-1;r>=0;r--)if((a=n[r])&&!(2&a.__u)&&s==a.key&&d==a.type)return r;for(r=i+1;r<n.length;r++)if((a=n[r])&&!(2&a.__u)&&s==a.key&&d==a.type)return r}return-1}function cn(t,n,i){i==null&&(i=""),n[0]=="-"?t.setProperty(n,i):t[n]=i}function ht(t,n,i,o,r){var s,d;if(n=="style")if(typeof i=="string")t.style.cssText=i;else{if(typeof o=="string"&&(t.style.cssText=o=""),o)for(n in o)i&&n in i||cn(t.style,n);if(i)for(n in i)o&&i[n]==o[n]||cn(t.style,n,i[n])}else if(n[0]=="o"&&n[1]=="n")typeof i!="function"&&(i=null),typeof o!="function"&&(o=null),(t.__e||(t.__e={}))[n]=i,i&&o||(d=Ot[n]||(Ot[n]=la(n)),(t.__a||(t.__a={}))[n]=Ut,s=n!=(n=n.replace(fn,"$1")),(n=n.slice(2))[0]<"a"&&(n=n.toLowerCase()),i?t.addEventListener(n,d,s):t.removeEventListener(n,d,s));else{if(r=="http://www.w3.org/2000/svg")n=n.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(n!="width"&&n!="height"&&n!="href"&&n!="list"&&n!="form"&&n!="tabIndex"&&n!="download"&&n!="rowSpan"&&n!="colSpan"&&n!="role"&&n!="popover"&&n in t)try{return void(t[n]=i??"")}catch{}if(typeof i=="function")return;i==null||i===!1&&n[4]!="-"?t.removeAttribute(n):t.setAttribute(n,n=="popover"&&i==1?"":i)}}function la(t){return function(n){var i=this.__e;if(i){if(i=i[t],n[bt]==null)n[bt]=Ut++;else if(n[bt]<this.__a[t])return;return i(K.event?K.event(n):n)}}}function Bt(t,n,i,o,r,s,d,a,c,m){var p,v,h,u,b,A,k,O,R,F,x,he,rt,Le,V,ot,Fe,Ue,Ee=n.type;if(n.constructor!==at)return null;128&i.__u&&(c=32&i.__u,p=i.__c.__z)&&(n.__u|=c,v=s=[],p.nodeType==8?a=vt(p,s):s.push(p),a=s[0]||a),(p=K.__b)&&p(n);e:if(typeof Ee=="function"){h=d.length;try{if(O=n.props,R=(p=Ee.prototype)&&p.render,F=(p=Ee.contextType)&&o[p.__c],x=p?F?F.props.value:p.__:o,(u=i.__c)?(n.__c=u,2&u.__g&&(u.__g|=1)):(R?n.__c=u=new Ee(O,x):(n.__c=u=new Dt(O,x),u.constructor=Ee,u.render=ua),F&&F.sub(u),u.state||(u.state={}),u.__n=o,u.__g|=8,u.__h=[],u.__k=[]),R&&(u.__s||(u.__s=u.state),Ee.getDerivedStateFromProps&&(u.__s==u.state&&(u.__s=Be({},u.__s)),Be(u.__s,Ee.getDerivedStateFromProps(O,u.__s)))),b=u.props,A=u.state,u.__v=n,i.__c){if(O!==b&&R&&!Ee.getDerivedStateFromProps&&u.componentWillReceiveProps&&u.componentWillReceiveProps(O,x),n.__v==i.__v&&!(8&u.__g)||!(4&u.__g)&&u.shouldComponentUpdate&&u.shouldComponentUpdate(O,u.__s,x)===!1){n.__v!=i.__v&&(u.props=O,u.state=u.__s,u.__g&=-9),n.__e=i.__e,n.__k=i.__k,n.__k.some(function(pe){pe&&(pe.__=n)}),It.push.apply(u.__h,u.__k),u.__k=[],u.__h.length&&d.push(u),a=Re(i);break e}u.componentWillUpdate&&u.componentWillUpdate(O,u.__s,x),R&&u.componentDidUpdate&&u.__h.push(function(){u.componentDidUpdate(b,A,k)})}else R&&!Ee.getDerivedStateFromProps&&u.componentWillMount&&u.componentWillMount(),R&&u.componentDidMount&&u.__h.push(u.componentDidMount);u.context=x,u.props=O,u.__P=t,u.__g&=-5,he=K.__r,rt=R?25:0;do u.__g&=-9,he&&he(n),p=u.render(u.props,u.state=u.__s,u.context);while(8&u.__g&&++rt<25);R&&(It.push.apply(u.__h,u.__k),u.__k=[]),u.state=u.__s,u.getChildContext&&(o=Be({},o,u.getChildContext())),R&&i.__c&&u.getSnapshotBeforeUpdate&&(k=u.getSnapshotBeforeUpdate(b,A)),Le=p&&p.type===T&&p.key==null?p.props.children:p,O.__P&&(p=a,r=(t=O.__P).namespaceURI,c=s=null,i.props&&i.props.__P!=t&&(i.__k.some(function(pe){pe&&Ht(pe,pe)}),i.__k=null),a=i.__k?Re(i,0):null),a=Dn(t,jt(Le)?Le:[Le],n,i,o,r,s,d,a,c,m),O.__P&&(n.__e=null,a=p),n.__u&=-161,v&&v.some(je),u.__h.length&&d.push(u),1&u.__g&&(u.__g&=-4)}catch(pe){if(d.length=h,n.__v=null,c||s)if(pe&&pe.then){if(n.__u|=128|c,s){for(~(Fe=s.indexOf(a||void 0))||(Fe=s.length);(Ue=s[Fe-1])&&Ue.nodeType==8;)Fe--;for(;Fe<s.length;Fe++)if(Ue=s[Fe])if(s[Fe]=null,V){if(Ue==ot)break}else{if(Ue.nodeType!=8)break;Ue.data.startsWith("$s")&&(ot=vt(V=Ue))}}if(!V){for(;a&&a.nodeType==8&&a.nextSibling;)a=a.nextSibling;V=a}(p=vt(V=n.__c.__z||(n.__c.__z=V)))?(n.__e=V,a=p):n.__e=a,a=a&&a.nextSibling}else s&&s.some(je);else n.__e=i.__e;n.__k||(n.__k=i.__k||[]),pe&&pe.then||An(n),K.__e(pe,n,i)}}else a=n.__e=da(i.__e,n,i,o,r,s,d,c,m,t);return(p=K.diffed)&&p(n),a}function vt(t,n){if(t&&t.nodeType==8&&t.data.startsWith("$s"))for(var i=1;t=t.nextSibling;){if(t.nodeType==8){if(t.data.startsWith("$s"))i++;else if(t.data.startsWith("/$s")&&!--i)return t}n&&n.push(t)}}function An(t){t&&(t.__c&&(t.__c.__g|=4),t.__k&&t.__k.some(An))}function kn(t,n,i){for(var o=0;o<i.length;)Vt(i[o++],i[o++],i[o++]);K.__c&&K.__c(n,t),t.some(function(r){try{t=r.__h,r.__h=[],t.some(function(s){s.call(r)})}catch(s){K.__e(s,r.__v)}})}function da(t,n,i,o,r,s,d,a,c,m){var p,v,h,u,b,A,k,O,R=i.props||kt,F=n.props,x=n.type;if(x=="svg"?r="http://www.w3.org/2000/svg":x=="math"?r="http://www.w3.org/1998/Math/MathML":r||(r="http://www.w3.org/1999/xhtml"),s){for(p=0;p<s.length;p++)if((b=s[p])&&(x?b.localName==x:b.nodeType==3)){t=b,s[p]=null;break}}if(!t){if(O=m.ownerDocument||document,!x)return O.createTextNode(F);t=O.createElementNS(r,x,F.is?F:m),a&&(K.__m&&K.__m(n,s),a=!1),s=null}if(x){if(m=x=="template"&&t.content||t,s=x=="textarea"&&F.defaultValue!=null?null:s&&hn.call(m.childNodes),!a&&s)for(R={},p=0;p<t.attributes.length;p++)R[(b=t.attributes[p]).name]=b.value;for(p in R)b=R[p],p=="dangerouslySetInnerHTML"?h=b:p=="children"||p in F||p=="value"&&"defaultValue"in F||p=="checked"&&"defaultChecked"in F||ht(t,p,null,b,r);for(p in F)b=F[p],p=="children"?u=b:p=="dangerouslySetInnerHTML"?v=b:p=="value"?A=b:p=="checked"?k=b:a&&typeof b!="function"||R[p]===b||ht(t,p,b,R[p],r);v?(a||h&&(v.__html==h.__html||v.__html==t.innerHTML)||(t.innerHTML=v.__html),n.__k=[]):(h&&(t.textContent=""),(x=="foreignObject"||r=="http://www.w3.org/1998/Math/MathML"&&ra.test(x))&&(r="http://www.w3.org/1999/xhtml"),Dn(m,jt(u)?u:[u],n,i,o,r,s,d,s?s[0]:i.__k&&Re(i,0),a,c),s&&s.some(je)),a&&x!="textarea"||(p="value",x=="progress"&&A==null?t.removeAttribute(p):A==null||A===t[p]&&(x!="progress"||A)||ht(t,p,A,R[p],r),p="checked",k!=null&&k!=t[p]&&ht(t,p,k,R[p],r))}else R===F||a&&t.data==F||(t.data=F);return t}function Vt(t,n,i,o){try{typeof t=="function"?n?n.__x=t(n)||1:o&&(o=o.__c||o.__e)&&(n=o.__x)&&(o.__x=null,typeof n=="function"?n():t(null)):t.current=n}catch(r){K.__e(r,i)}}function Ht(t,n,i){var o,r,s,d;if(K.unmount&&K.unmount(t),!(o=t.ref)||o.current&&o.current!=t.__e||Vt(o,null,n,t),o=t.__c){if(o.componentWillUnmount)try{o.componentWillUnmount()}catch(a){K.__e(a,n)}o.__P=o.__n=null}if(o=t.__k)for(d=0;d<o.length;d++)o[d]&&Ht(o[d],n,typeof t.type!="function"||i&&!t.props.__P);!i&&(o=t.__c)&&(o=o.__z)&&(r=vt(o,s=[]))&&(o==t.__e&&s.some(je),je(r),je(o)),i||je(t.__e),t.__e=t.__c=t.__=null}function ua(t,n,i){return this.constructor(t,i)}function In(t,n){var i,o,r,s;K.__&&K.__(t,n),n.nodeType==9&&(n=n.documentElement),o=(i=t&&32&t.__u)?null:n.__k,n.__k=Ct(T,{children:[t]}),r=[],s=[],Bt(n,n.__k,o||kt,kt,n.namespaceURI,o?null:n.firstChild?hn.call(n.childNodes):null,r,o?o.__e:n.firstChild,i,s),kn(r,n.__k,s),n.__k.props.children=null}function $n(t){function n(i){var o,r;return this.getChildContext||(o=new Set,(r={})[n.__c]=this,this.getChildContext=function(){return r},this.shouldComponentUpdate=function(s){this.props.value!=s.value&&o.forEach(function(d){d.__g|=4,Lt(d)})},this.sub=function(s){o.add(s);var d=s.componentWillUnmount;s.componentWillUnmount=function(){o.delete(s),d&&d.call(s)}}),i.children}return n.__c="__cC"+yn++,n.__=t,n.Provider=(n.Consumer=function(i,o){return i.children(o)}).contextType=n,n}K={__e:function(t,n,i,o){for(var r,s,d;n=n.__;)if((r=n.__c)&&!(1&r.__g)){r.__g|=4;try{if((d=(s=r.constructor)&&s.getDerivedStateFromError)&&r.setState(s.getDerivedStateFromError(t)),r.componentDidCatch&&(r.componentDidCatch(t,o||{}),d=1),d&&8&r.__g)return void(r.__g|=2)}catch(a){t=a}}throw At=0,t}},mn=0,ia=function(t){return t!=null&&t.constructor===at},Dt.prototype.setState=function(t,n){var i=this.__s;i&&i!=this.state||(i=this.__s=Be({},this.state)),typeof t=="function"&&(t=t(Be({},i),this.props)),t&&(Be(i,t),this.__v&&(n&&this.__k.push(n),Lt(this)))},Dt.prototype.forceUpdate=function(t){this.__v&&(this.__g|=4,t&&this.__h.push(t),Lt(this))},Dt.prototype.render=T,Me=[],At=0,gn=function(t,n){return t.__v.__b-n.__v.__b},bt=Symbol(),fn=/(PointerCapture)$|Capture$/i,Ut=0,Ot={},yn=0;var Ve,X,Kt,Sn,Qt=Object.is,lt=0,Mn=[],Wt=[],te=K,Pn=te.__b,xn=te.__r,wn=te.diffed,Tn=te.__c,En=te.unmount,Nn=te.__;function dt(t,n){te.__h&&te.__h(X,t,lt||n),lt=0;var i=X.__H||(X.__H={__:[],__h:[]});return t>=i.__.length&&i.__.push({}),i.__[t]}function y(t){return lt=1,pa(Un,t)}function pa(t,n,i){var o=dt(Ve++,2);if(o.t=t,!o.__c&&(o.__=[i?i(n):Un(void 0,n),function(s){var d=(o.__N||o.__)[0],a=o.t(d,s);Qt(d,a)||(o.__N=[a,o.__[1]],o.__c.setState({}))}],o.__c=X,!X.__f)){X.__f=!0;var r=X.shouldComponentUpdate;X.shouldComponentUpdate=function(s,d,a){var c=this.__H;if(!c)return!0;var m=!1,p=this.props!=s;if(c.__.some(function(h){h.__N&&(m=!0,Qt(h.__[0],h.__N[0])||(p=!0))}),r){var v=r.call(this,s,d,a);return m?v||p:v}return!m||p}}return o.__}function Z(t,n){var i=dt(Ve++,3);!te.__s&&Ln(i.__H,n)&&(i.__P=!0,i.__=t,i.u=n,X.__H.__h.push(i))}function Ne(t){return lt=5,Rn(function(){return{current:t}},[])}function Rn(t,n){var i=dt(Ve++,7);return Ln(i.__H,n)&&(i.__=t(),i.__H=n),i.__}function qn(t,n){return lt=8,Rn(function(){return t},n)}function On(t){var n=X.context[t.__c],i=dt(Ve++,9);return i.c=t,n?(i.__==null&&(i.__=!0,n.sub(X)),n.props.value):t.__}function se(){var t=dt(Ve++,11);if(!t.__){for(var n=X.__v;!n.__m&&n.__;)n=n.__;var i=n.__m||(n.__m=[0,0]);t.__="P"+i[0]+"-"+i[1]++}return t.__}function ca(){var t;do{for(;t=Wt.shift();)try{st(t)}catch(i){te.__e(i,{__:(t=t.__P)&&t.__v})}for(;t=Mn.shift();){var n=t.__H;if(t.__P&&n)try{n.__h.some(st),n.__h.some(zt),n.__h=[]}catch(i){n.__h=[],te.__e(i,t.__v)}}}while(Wt.length)}te.__b=function(t){X=null,Pn&&Pn(t)},te.__=function(t,n){t&&n.__k&&n.__k.__m&&(t.__m=n.__k.__m),Nn&&Nn(t,n)},te.__r=function(t){xn&&xn(t),Ve=0;var n=(X=t.__c).__H;n&&(Kt==X?X.__h=[]:(n.__h.some(st),n.__h.some(zt),Ve=0),n.__h=[],n.__.some(function(i){i.__N&&(i.__=i.__N),i.u=i.__N=void 0})),Kt=X},te.diffed=function(t){wn&&wn(t);var n=t.__c;n&&n.__H&&(n.__H.__h.length&&Fn(Mn.push(n)),n.__H.__.some(function(i){i.u&&(i.__H=i.u)})),Kt=X=null},te.__c=function(t,n){n.some(function(i){try{i.__h.some(st),i.__h=i.__h.filter(function(o){return!o.__||zt(o)})}catch(o){i.__h=[function(){throw o}]}}),Tn&&Tn(t,n)},te.unmount=function(t){En&&En(t);var n,i,o=t.__c;o&&o.__H&&(o.__H.__.some(function(r){try{if(r.__P&&r.__c){if(i===void 0){for(i=t.__;i&&(!i.__c||!i.__c.__P);)i=i.__;i=i&&i.__c}r.__P=i,Fn(Wt.push(r))}else st(r)}catch(s){n=s}}),o.__H=void 0,n&&te.__e(n,o.__v))};var _n=typeof requestAnimationFrame=="function";function ma(t){var n,i=function(){clearTimeout(o),_n&&cancelAnimationFrame(n),setTimeout(t)},o=setTimeout(i,35);_n&&(n=requestAnimationFrame(i))}function Fn(t){t!=1&&Sn==te.requestAnimationFrame||((Sn=te.requestAnimationFrame)||ma)(ca)}function st(t){var n=X,i=t.__c;typeof i=="function"&&(t.__c=void 0,i()),X=n}function zt(t){var n=X;t.__c=t.__(),X=n}function Ln(t,n){return!t||t.length!=n.length||n.some(function(i,o){return!Qt(i,t[o])})}function Un(t,n){return typeof n=="function"?n(t):n}var jn="pppdesk.admin.lang",Gt=ga(),Jt=new Set;function ga(){try{return localStorage.getItem(jn)==="en"?"en":"ja"}catch{return"ja"}}function ce(){return Gt}function Bn(t){Gt=t;try{localStorage.setItem(jn,t)}catch{}document.documentElement.lang=t,Jt.forEach(n=>n())}function Vn(t){return Jt.add(t),()=>Jt.delete(t)}function le(t,n){return(i,o)=>{let r=(Gt==="en"?n[i]:t[i])??String(i);return o?r.replace(/\{(\w+)\}/g,(s,d)=>d in o?String(o[d]):s):r}}var C=le({appName:"公民連携デスク 管理画面",skipToMain:"本文へ移動",language:"言語",switchLang:"English",signIn:"サインイン",signOut:"サインアウト",signingIn:"サインイン中…",email:"メールアドレス",password:"パスワード",municipality:"自治体（省略可）",municipalityHelp:"複数の自治体を運用しているときだけ、自治体の識別名（例: aomori）を入力します。",signInTitle:"職員サインイン",signedInAs:"{name}（{dept}）",home:"ホーム",mainNav:"メインメニュー",loading:"読み込み中…",retry:"再読み込み",save:"保存",cancel:"キャンセル",ok:"OK",confirm:"確認",close:"閉じる",next:"次へ",prev:"前へ",first:"最初へ",totalCount:"全{n}件",pageInfo:"{from}〜{to}件目 / 全{n}件",empty:"該当するものはありません。",notFound:"お探しのページは見つかりません。",backHome:"ホームへ戻る",required:"必須",yes:"はい",no:"いいえ",proposerOnly:"この管理画面は職員用です。提案者の方は提案用のポータルをご利用ください。",errBadInput:"入力内容を確認してください。",errConflict:"ほかの人が先に変更しました。画面を再読み込みしてからやり直してください。",errForbidden:"この操作を行う権限がありません。",errNotFound:"対象が見つかりません（削除されたか、見る権限がありません）。",errUnauthenticated:"サインインの有効期限が切れました。もう一度サインインしてください。",errRateLimited:"操作が続いたため一時的に受け付けを止めています。少し待ってからやり直してください。",errUnavailable:"サーバーが一時的に応答できません。少し待ってからやり直してください。",errInternal:"サーバーで問題が起きました。時間をおいてやり直し、続く場合はシステム担当へ連絡してください。",errNetwork:"サーバーに接続できません。ネットワークを確認してください。",errField:"項目「{field}」",serverSays:"サーバーからの説明: {msg}",loginFailed:"メールアドレスまたはパスワードが違います。"},{appName:"PPP Desk Admin",skipToMain:"Skip to main content",language:"Language",switchLang:"日本語",signIn:"Sign in",signOut:"Sign out",signingIn:"Signing in…",email:"Email",password:"Password",municipality:"Municipality (optional)",municipalityHelp:"Only when the server runs several municipalities: its identifier (e.g. aomori).",signInTitle:"Staff sign-in",signedInAs:"{name} ({dept})",home:"Home",mainNav:"Main menu",loading:"Loading…",retry:"Reload",save:"Save",cancel:"Cancel",ok:"OK",confirm:"Confirm",close:"Close",next:"Next",prev:"Previous",first:"First page",totalCount:"{n} in total",pageInfo:"{from}–{to} of {n}",empty:"Nothing matches.",notFound:"This page does not exist.",backHome:"Back to home",required:"required",yes:"Yes",no:"No",proposerOnly:"This admin is for staff. Proposers please use the proposal portal.",errBadInput:"Please check your input.",errConflict:"Someone changed this first. Reload the page and try again.",errForbidden:"You may not do this.",errNotFound:"Not found (deleted, or you may not see it).",errUnauthenticated:"Your sign-in has expired. Please sign in again.",errRateLimited:"Too many attempts for now. Wait a little and try again.",errUnavailable:"The server cannot answer right now. Try again shortly.",errInternal:"The server had a problem. Try again later; if it persists, contact the system administrator.",errNetwork:"Cannot reach the server. Check the network.",errField:'Field "{field}"',serverSays:"Server: {msg}",loginFailed:"Wrong email or password."});var Yt="pppdesk.admin.token";function He(){try{return sessionStorage.getItem(Yt)}catch{return null}}function Ke(t){try{t?sessionStorage.setItem(Yt,t):sessionStorage.removeItem(Yt)}catch{}Xt.forEach(n=>n(t!==null))}var Xt=new Set;function Hn(t){return Xt.add(t),()=>Xt.delete(t)}var Kn=new URL("../",location.href),fa=new URL("graphql",Kn),Y=class extends Error{constructor(i,o,r){super(o);this.code=i;this.serverMessage=o;this.field=r}code;serverMessage;field;clerkMessage(){let o=[{BAD_USER_INPUT:C("errBadInput"),CONFLICT:C("errConflict"),FORBIDDEN:C("errForbidden"),NOT_FOUND:C("errNotFound"),UNAUTHENTICATED:C("errUnauthenticated"),RATE_LIMITED:C("errRateLimited"),UNAVAILABLE:C("errUnavailable"),INTERNAL:C("errInternal"),NETWORK:C("errNetwork")}[this.code]];return this.field&&o.push(C("errField",{field:this.field})),this.serverMessage&&this.code!=="INTERNAL"&&this.code!=="NETWORK"&&o.push(C("serverSays",{msg:this.serverMessage})),o.join(" ")}};function Qn(t){return t instanceof Y?t.clerkMessage():C("errInternal")}var ya=new Set(["BAD_USER_INPUT","CONFLICT","FORBIDDEN","NOT_FOUND","UNAUTHENTICATED","RATE_LIMITED","UNAVAILABLE","INTERNAL"]);function ha(t){let n=t.extensions?.code??"INTERNAL";return new Y(ya.has(n)?n:"INTERNAL",t.message,t.extensions?.field)}async function Wn(t,n){let i=He();i&&(n.Authorization=`Bearer ${i}`),n.Accept="application/graphql-response+json, application/json";let o;try{o=await fetch(fa,{...t,headers:n,credentials:"omit",cache:"no-store"})}catch{throw new Y("NETWORK","")}let r;try{r=await o.json()}catch{throw new Y(o.status>=500?"UNAVAILABLE":"NETWORK",`HTTP ${o.status}`)}if(r.errors&&r.errors.length>0){let s=ha(r.errors[0]);throw s.code==="UNAUTHENTICATED"&&i&&Ke(null),s}if(!r.data)throw new Y("INTERNAL",`HTTP ${o.status}`);return r.data}function w(t,n,i={}){let o={"Content-Type":"application/json"};return i.municipality&&(o["X-Municipality"]=i.municipality),Wn({method:"POST",body:JSON.stringify({query:t.toString(),variables:n})},o)}function $t(t,n,i){let o=new FormData;o.append("operations",JSON.stringify({query:t.toString(),variables:n}));let r={};return i.forEach((s,d)=>r[String(d)]=[s.path]),o.append("map",JSON.stringify(r)),i.forEach((s,d)=>o.append(String(d),s.file,s.file.name)),Wn({method:"POST",body:o},{"GraphQL-Require-Preflight":"1"})}function Zt(t){return new URL(t.replace(/^\/+/,""),Kn)}async function St(t,n){let i=He(),o;try{o=await fetch(Zt(t),{headers:i?{Authorization:`Bearer ${i}`}:{},credentials:"omit"})}catch{throw new Y("NETWORK","")}if(o.status===401)throw Ke(null),new Y("UNAUTHENTICATED","");if(o.status===403)throw new Y("FORBIDDEN","");if(o.status===404)throw new Y("NOT_FOUND","");if(!o.ok)throw new Y(o.status===429?"RATE_LIMITED":"UNAVAILABLE",`HTTP ${o.status}`);let r=URL.createObjectURL(await o.blob()),s=document.createElement("a");s.href=r,s.download=n,document.body.appendChild(s),s.click(),s.remove(),setTimeout(()=>URL.revokeObjectURL(r),1e4)}var I=class extends String{__apiType;value;__meta__;constructor(n,i){super(n),this.value=n,this.__meta__=i}toString(){return this.value}},zn=new I(`
    fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}
    `,{fragmentName:"ContentMediaItem"}),Jn=new I(`
    fragment InboxRow on Proposal {
  id
  title
  kind
  status
  submittedAt
  unreadMessageCount
  overdue
  organization {
    name
  }
  challenge {
    title
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    respondedAt
  }
}
    `,{fragmentName:"InboxRow"}),Gn=new I(`
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
    `,{fragmentName:"ContentCustomFieldValue"}),Yn=new I(`
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}`,{fragmentName:"ProposalPageFields"}),Xn=new I(`
    mutation Logout {
  logout
}
    `),Zn=new I(`
    query ContentAgreementList($first: Int, $after: String, $filter: AgreementFilter) {
  agreements(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: SIGNED_ON, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        kind
        status
        signedOn
        parties {
          name
        }
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `),ei=new I(`
    query ContentAgreement($id: ID!) {
  agreement(id: $id) {
    id
    kind
    title
    purpose
    parties {
      id
      name
    }
    signedOn
    termStartOn
    termEndOn
    items
    merits {
      side
      description
    }
    status
    publicationState
    publishedAt
    slug
    url
    seoDescription
    shareImage {
      id
    }
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
    customFields {
      ...ContentCustomFieldValue
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),ti=new I(`
    mutation ContentAgreementCreate($input: AgreementInput!) {
  createAgreement(input: $input) {
    id
  }
}
    `),ni=new I(`
    mutation ContentAgreementUpdate($id: ID!, $input: AgreementInput!, $version: Int!) {
  updateAgreement(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),ii=new I(`
    mutation ContentAgreementDelete($id: ID!) {
  deleteAgreement(id: $id)
}
    `),ri=new I(`
    query ContentAnnouncementList($first: Int, $after: String, $filter: AnnouncementFilter) {
  announcements(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: PUBLISHED_AT, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        category
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `),oi=new I(`
    query ContentAnnouncement($id: ID!) {
  announcement(id: $id) {
    id
    title
    body
    category
    publicationState
    publishedAt
    slug
    url
    seoDescription
    shareImage {
      id
    }
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
    customFields {
      ...ContentCustomFieldValue
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),ai=new I(`
    mutation ContentAnnouncementCreate($input: AnnouncementInput!) {
  createAnnouncement(input: $input) {
    id
  }
}
    `),si=new I(`
    mutation ContentAnnouncementUpdate($id: ID!, $input: AnnouncementInput!, $version: Int!) {
  updateAnnouncement(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),li=new I(`
    mutation ContentAnnouncementDelete($id: ID!) {
  deleteAnnouncement(id: $id)
}
    `),di=new I(`
    query ContentCaseStudyList($first: Int, $after: String, $filter: CaseStudyFilter) {
  caseStudies(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: START_ON, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        locality
        category
        startOn
        endOn
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `),ui=new I(`
    query ContentCaseStudy($id: ID!) {
  caseStudy(id: $id) {
    id
    title
    locality
    program
    category
    partners {
      id
      name
    }
    startOn
    endOn
    dateNote
    summary
    resources {
      side
      kind
      description
    }
    merits {
      side
      description
    }
    tags
    publicationState
    publishedAt
    slug
    url
    seoDescription
    shareImage {
      id
    }
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
    customFields {
      ...ContentCustomFieldValue
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),pi=new I(`
    mutation ContentCaseStudyCreate($input: CaseStudyInput!) {
  createCaseStudy(input: $input) {
    id
  }
}
    `),ci=new I(`
    mutation ContentCaseStudyUpdate($id: ID!, $input: CaseStudyInput!, $version: Int!) {
  updateCaseStudy(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),mi=new I(`
    mutation ContentCaseStudyDelete($id: ID!) {
  deleteCaseStudy(id: $id)
}
    `),gi=new I(`
    query ContentChallengeList($first: Int, $after: String, $filter: ChallengeFilter) {
  challenges(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: TITLE, direction: ASC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        department {
          name
        }
        opensAt
        closesAt
        isOpen
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `),fi=new I(`
    query ContentChallenge($id: ID!) {
  challenge(id: $id) {
    id
    title
    background
    desiredOutcome
    department {
      id
      name
    }
    tags
    opensAt
    closesAt
    isOpen
    publicationState
    publishedAt
    slug
    url
    seoDescription
    shareImage {
      id
    }
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
    customFields {
      ...ContentCustomFieldValue
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),yi=new I(`
    mutation ContentChallengeCreate($input: ChallengeInput!) {
  createChallenge(input: $input) {
    id
  }
}
    `),hi=new I(`
    mutation ContentChallengeUpdate($id: ID!, $input: ChallengeInput!, $version: Int!) {
  updateChallenge(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),bi=new I(`
    mutation ContentChallengeDelete($id: ID!) {
  deleteChallenge(id: $id)
}
    `),Ci=new I(`
    query ContentCustomFieldDefinitions($target: CustomFieldTarget!) {
  customFieldDefinitions(target: $target) {
    id
    key
    labelJa
    labelEn
    type
    required
    choices {
      value
      labelJa
      labelEn
    }
  }
}
    `),Di=new I(`
    query ContentMethodList($first: Int, $after: String) {
  collaborationMethods(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        key
        name
        position
      }
    }
  }
}
    `),vi=new I(`
    query ContentMethod($id: ID!) {
  collaborationMethod(id: $id) {
    id
    key
    name
    description
    position
    version
  }
}
    `),Ai=new I(`
    mutation ContentMethodCreate($input: CollaborationMethodInput!) {
  createCollaborationMethod(input: $input) {
    id
  }
}
    `),ki=new I(`
    mutation ContentMethodUpdate($id: ID!, $input: CollaborationMethodInput!, $version: Int!) {
  updateCollaborationMethod(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),Ii=new I(`
    mutation ContentMethodDelete($id: ID!) {
  deleteCollaborationMethod(id: $id)
}
    `),$i=new I(`
    mutation ContentMethodRestore($id: ID!) {
  restoreDeleted(id: $id) {
    id
  }
}
    `),Si=new I(`
    query ContentPreview($token: String!) {
  preview(token: $token) {
    __typename
    id
    ... on Challenge {
      title
      background
      desiredOutcome
      department {
        name
      }
      tags
      opensAt
      closesAt
      media {
        ...ContentMediaItem
      }
    }
    ... on CaseStudy {
      title
      locality
      program
      caseCategory: category
      startOn
      endOn
      dateNote
      summary
      partners {
        name
      }
      resources {
        side
        kind
        description
      }
      merits {
        side
        description
      }
      tags
      media {
        ...ContentMediaItem
      }
    }
    ... on Agreement {
      title
      agreementKind: kind
      purpose
      parties {
        name
      }
      signedOn
      termStartOn
      termEndOn
      items
      merits {
        side
        description
      }
      agreementStatus: status
      media {
        ...ContentMediaItem
      }
    }
    ... on Project {
      title
      projectKind: kind
      summary
      startOn
      endOn
      site
      leadDepartment {
        name
      }
      partners {
        name
      }
      resources {
        side
        kind
        description
      }
      merits {
        side
        description
      }
      projectStatus: status
      media {
        ...ContentMediaItem
      }
    }
    ... on Announcement {
      title
      body
      category
      media {
        ...ContentMediaItem
      }
    }
  }
}
    fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),Pi=new I(`
    query ContentProjectList($first: Int, $after: String, $filter: ProjectFilter) {
  projects(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: START_ON, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        kind
        status
        startOn
        endOn
        leadDepartment {
          name
        }
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `),xi=new I(`
    query ContentProject($id: ID!) {
  project(id: $id) {
    id
    kind
    title
    summary
    startOn
    endOn
    site
    leadDepartment {
      id
      name
    }
    partners {
      id
      name
    }
    resources {
      side
      kind
      description
    }
    merits {
      side
      description
    }
    status
    agreement {
      id
      title
    }
    publicationState
    publishedAt
    slug
    url
    seoDescription
    shareImage {
      id
    }
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
    customFields {
      ...ContentCustomFieldValue
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),wi=new I(`
    query ContentProjectAgreements {
  agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `),Ti=new I(`
    mutation ContentProjectCreate($input: ProjectInput!) {
  createProject(input: $input) {
    id
  }
}
    `),Ei=new I(`
    mutation ContentProjectUpdate($id: ID!, $input: ProjectInput!, $version: Int!) {
  updateProject(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),Ni=new I(`
    mutation ContentProjectDelete($id: ID!) {
  deleteProject(id: $id)
}
    `),_i=new I(`
    mutation ContentPublish($id: ID!, $at: DateTime) {
  publish(id: $id, at: $at) {
    id
  }
}
    `),Fi=new I(`
    mutation ContentUnpublish($id: ID!) {
  unpublish(id: $id) {
    id
  }
}
    `),Mi=new I(`
    mutation ContentArchive($id: ID!) {
  archive(id: $id) {
    id
  }
}
    `),Ri=new I(`
    mutation ContentRestoreDeleted($id: ID!) {
  restoreDeleted(id: $id) {
    id
  }
}
    `),qi=new I(`
    mutation ContentPreviewToken($id: ID!) {
  createPreviewToken(id: $id) {
    token
    expiresAt
  }
}
    `),Oi=new I(`
    query ContentRevisions($id: ID!) {
  revisions(id: $id) {
    id
    number
    author {
      displayName
    }
    createdAt
    pending
  }
}
    `),Li=new I(`
    mutation ContentRestoreRevision($id: ID!) {
  restoreRevision(id: $id) {
    id
  }
}
    `),Ui=new I(`
    mutation ContentAttachMedia($contentId: ID!, $file: Upload!, $alt: String) {
  attachMedia(contentId: $contentId, file: $file, alt: $alt) {
    id
    fileName
  }
}
    `),ji=new I(`
    mutation ContentUpdateMedia($id: ID!, $alt: String!) {
  updateMedia(id: $id, alt: $alt) {
    id
    alt
  }
}
    `),Bi=new I(`
    mutation ContentDeleteMedia($id: ID!) {
  deleteMedia(id: $id)
}
    `),Vi=new I(`
    query ContentDepartments {
  municipality {
    departments {
      id
      name
    }
  }
}
    `),Hi=new I(`
    query ContentPartners($search: String) {
  partners(first: 30, filter: { search: $search }) {
    totalCount
    edges {
      node {
        id
        name
      }
    }
  }
}
    `),Ki=new I(`
    query DeskUsers($first: Int, $after: String, $filter: UserFilter) {
  users(first: $first, after: $after, filter: $filter) {
    edges {
      cursor
      node {
        id
        displayName
        email
        role
        disabled
        createdAt
        department {
          id
          name
        }
        organization {
          id
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `),Qi=new I(`
    query DeskAccountDepartments {
  municipality {
    id
    departments {
      id
      name
      parent {
        id
      }
    }
  }
}
    `),Wi=new I(`
    mutation DeskCreateStaff($input: StaffAccountInput!) {
  createStaffAccount(input: $input) {
    id
    displayName
  }
}
    `),zi=new I(`
    mutation DeskDisableAccount($id: ID!) {
  disableAccount(id: $id) {
    id
    disabled
  }
}
    `),Ji=new I(`
    mutation DeskEnableAccount($id: ID!) {
  enableAccount(id: $id) {
    id
    disabled
  }
}
    `),Gi=new I(`
    query DeskAuditLog($first: Int, $after: String, $filter: AuditFilter) {
  auditLog(first: $first, after: $after, filter: $filter) {
    edges {
      cursor
      node {
        actor {
          id
          displayName
        }
        action
        targetType
        targetId
        changes
        at
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `),Yi=new I(`
    query DeskAuditActors {
  users(first: 100) {
    edges {
      node {
        id
        displayName
        role
      }
    }
  }
}
    `),Xi=new I(`
    query SettingsCustomFields($target: CustomFieldTarget!) {
  customFieldDefinitions(target: $target) {
    id
    key
    target
    labelJa
    labelEn
    type
    required
    visibility
    order
    choices {
      value
      labelJa
      labelEn
    }
  }
}
    `),Zi=new I(`
    mutation SettingsCustomFieldDefine($input: CustomFieldDefinitionInput!) {
  defineCustomField(input: $input) {
    id
  }
}
    `),er=new I(`
    mutation SettingsCustomFieldUpdate($id: ID!, $input: CustomFieldDefinitionInput!) {
  updateCustomField(id: $id, input: $input) {
    id
  }
}
    `),tr=new I(`
    mutation SettingsCustomFieldDelete($id: ID!) {
  deleteCustomField(id: $id)
}
    `),nr=new I(`
    query DeskDepartments {
  municipality {
    id
    departments {
      id
      name
      kind
      version
      parent {
        id
      }
    }
  }
}
    `),ir=new I(`
    mutation DeskDepartmentCreate($input: DepartmentInput!) {
  createDepartment(input: $input) {
    id
    name
  }
}
    `),rr=new I(`
    mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {
  updateDepartment(id: $id, input: $input, version: $version) {
    id
    name
    version
  }
}
    `),or=new I(`
    mutation DeskDepartmentDelete($id: ID!) {
  deleteDepartment(id: $id)
}
    `),ar=new I(`
    query DeskInquiries($first: Int, $after: String, $status: InquiryStatus) {
  inquiries(first: $first, after: $after, status: $status) {
    edges {
      cursor
      node {
        id
        affiliation
        name
        subject
        status
        createdAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `),sr=new I(`
    query DeskInquiry($id: ID!) {
  node(id: $id) {
    ... on Inquiry {
      id
      affiliation
      name
      email
      phone
      subject
      body
      status
      createdAt
    }
  }
}
    `),lr=new I(`
    mutation DeskInquiryClose($id: ID!) {
  closeInquiry(id: $id) {
    id
    status
  }
}
    `),dr=new I(`
    query DeskMunicipalitySettings {
  municipality {
    id
    slug
    itemUrlTemplate
  }
}
    `),ur=new I(`
    mutation DeskMunicipalitySettingsSave($input: UpdateMunicipalityInput!) {
  updateMunicipality(input: $input) {
    id
    itemUrlTemplate
  }
}
    `),pr=new I(`
    query DeskWebhookDeliveries($first: Int) {
  webhooks {
    id
    url
    events
    active
    createdAt
    deliveries(first: $first) {
      id
      event
      status
      attempts
      lastStatusCode
      lastError
      nextAttemptAt
      deliveredAt
      createdAt
    }
  }
}
    `),cr=new I(`
    query DeskWebhooks {
  webhooks {
    id
    url
    events
    active
    createdAt
  }
}
    `),mr=new I(`
    mutation DeskWebhookRegister($input: WebhookInput!) {
  registerWebhook(input: $input) {
    id
    url
  }
}
    `),gr=new I(`
    mutation DeskWebhookDelete($id: ID!) {
  deleteWebhook(id: $id)
}
    `),fr=new I(`
    query HomeAttention {
  proposals(first: 0, filter: { needsAttention: true }) {
    totalCount
  }
}
    `),yr=new I(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    expiresAt
  }
}
    `),hr=new I(`
    mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {
  assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),br=new I(`
    mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {
  respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),Cr=new I(`
    mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {
  decideProposal(id: $id, decision: $decision, reason: $reason) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),Dr=new I(`
    mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {
  linkProposalOutcome(
    id: $id
    projectId: $projectId
    agreementId: $agreementId
    newProject: $newProject
    newAgreement: $newAgreement
  ) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),vr=new I(`
    query ProposalAssignDepartments {
  municipality {
    departments {
      id
      name
      kind
      parent {
        id
      }
    }
  }
}
    `),Ar=new I(`
    query ProposalLinkOutcomes {
  projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {
    edges {
      node {
        id
        title
      }
    }
  }
  agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `),kr=new I(`
    mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {
  postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),Ir=new I(`
    mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {
  attachFile(proposalId: $proposalId, file: $file) {
    id
    fileName
  }
}
    `),$r=new I(`
    query DisclosurePanel($id: ID!) {
  proposal(id: $id) {
    id
    disclosure {
      field
      level
      reason
      isDefault
      protectionRequested {
        reason
        requestedAt
      }
    }
    messages {
      id
      internal
      createdAt
      disclosureLevel
      disclosureReason
      protectionRequested {
        reason
        requestedAt
      }
    }
    attachments {
      id
      fileName
      disclosureLevel
      disclosureReason
      protectionRequested {
        reason
        requestedAt
      }
    }
  }
}
    `),Sr=new I(`
    mutation DisclosurePanelSet($id: ID!, $target: DisclosureTargetInput!, $level: DisclosureLevel!, $reason: String) {
  setDisclosureLevel(
    proposalId: $id
    target: $target
    level: $level
    reason: $reason
  ) {
    id
  }
}
    `),Pr=new I(`
    mutation DisclosurePanelProduce($id: ID!, $reference: String!, $format: DisclosureFormat!) {
  produceDisclosureCopy(proposalId: $id, reference: $reference, format: $format) {
    url
    filename
  }
}
    `),xr=new I(`
    query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {
  proposals(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: UPDATED_AT, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...InboxRow
      }
    }
  }
}
    fragment InboxRow on Proposal {
  id
  title
  kind
  status
  submittedAt
  unreadMessageCount
  overdue
  organization {
    name
  }
  challenge {
    title
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    respondedAt
  }
}`),wr=new I(`
    query InboxOptions {
  municipality {
    departments {
      id
      name
      parent {
        id
      }
    }
  }
  challenges(first: 100) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `),Tr=new I(`
    query ProposalPage($id: ID!) {
  proposal(id: $id) {
    ...ProposalPageFields
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),Er=new I(`
    mutation ProposalMarkRead($id: ID!) {
  markProposalRead(id: $id) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ContentCustomFieldValue on CustomFieldValue {
  key
  text
  number
  date
  boolean
  choices
  definition {
    labelJa
    labelEn
    type
    choices {
      value
      labelJa
      labelEn
    }
  }
}
fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  customFields {
    ...ContentCustomFieldValue
  }
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),Nr=new I(`
    query Viewer {
  me {
    id
    displayName
    role
    email
    department {
      id
      name
    }
  }
  municipality {
    name
    deskName
  }
  permissions {
    resource
    action
    scope
  }
}
    `);var Ca={"\n  mutation Logout {\n    logout\n  }\n":Xn,"\n  query ContentAgreementList($first: Int, $after: String, $filter: AgreementFilter) {\n    agreements(first: $first, after: $after, filter: $filter, orderBy: { field: SIGNED_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          kind\n          status\n          signedOn\n          parties {\n            name\n          }\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":Zn,"\n  query ContentAgreement($id: ID!) {\n    agreement(id: $id) {\n      id\n      kind\n      title\n      purpose\n      parties {\n        id\n        name\n      }\n      signedOn\n      termStartOn\n      termEndOn\n      items\n      merits {\n        side\n        description\n      }\n      status\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n":ei,"\n  mutation ContentAgreementCreate($input: AgreementInput!) {\n    createAgreement(input: $input) {\n      id\n    }\n  }\n":ti,"\n  mutation ContentAgreementUpdate($id: ID!, $input: AgreementInput!, $version: Int!) {\n    updateAgreement(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":ni,"\n  mutation ContentAgreementDelete($id: ID!) {\n    deleteAgreement(id: $id)\n  }\n":ii,"\n  query ContentAnnouncementList($first: Int, $after: String, $filter: AnnouncementFilter) {\n    announcements(first: $first, after: $after, filter: $filter, orderBy: { field: PUBLISHED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          category\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":ri,"\n  query ContentAnnouncement($id: ID!) {\n    announcement(id: $id) {\n      id\n      title\n      body\n      category\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n":oi,"\n  mutation ContentAnnouncementCreate($input: AnnouncementInput!) {\n    createAnnouncement(input: $input) {\n      id\n    }\n  }\n":ai,"\n  mutation ContentAnnouncementUpdate($id: ID!, $input: AnnouncementInput!, $version: Int!) {\n    updateAnnouncement(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":si,"\n  mutation ContentAnnouncementDelete($id: ID!) {\n    deleteAnnouncement(id: $id)\n  }\n":li,"\n  query ContentCaseStudyList($first: Int, $after: String, $filter: CaseStudyFilter) {\n    caseStudies(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          locality\n          category\n          startOn\n          endOn\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":di,"\n  query ContentCaseStudy($id: ID!) {\n    caseStudy(id: $id) {\n      id\n      title\n      locality\n      program\n      category\n      partners {\n        id\n        name\n      }\n      startOn\n      endOn\n      dateNote\n      summary\n      resources {\n        side\n        kind\n        description\n      }\n      merits {\n        side\n        description\n      }\n      tags\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n":ui,"\n  mutation ContentCaseStudyCreate($input: CaseStudyInput!) {\n    createCaseStudy(input: $input) {\n      id\n    }\n  }\n":pi,"\n  mutation ContentCaseStudyUpdate($id: ID!, $input: CaseStudyInput!, $version: Int!) {\n    updateCaseStudy(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":ci,"\n  mutation ContentCaseStudyDelete($id: ID!) {\n    deleteCaseStudy(id: $id)\n  }\n":mi,"\n  query ContentChallengeList($first: Int, $after: String, $filter: ChallengeFilter) {\n    challenges(first: $first, after: $after, filter: $filter, orderBy: { field: TITLE, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          department {\n            name\n          }\n          opensAt\n          closesAt\n          isOpen\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":gi,"\n  query ContentChallenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      background\n      desiredOutcome\n      department {\n        id\n        name\n      }\n      tags\n      opensAt\n      closesAt\n      isOpen\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n":fi,"\n  mutation ContentChallengeCreate($input: ChallengeInput!) {\n    createChallenge(input: $input) {\n      id\n    }\n  }\n":yi,"\n  mutation ContentChallengeUpdate($id: ID!, $input: ChallengeInput!, $version: Int!) {\n    updateChallenge(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":hi,"\n  mutation ContentChallengeDelete($id: ID!) {\n    deleteChallenge(id: $id)\n  }\n":bi,"\n  fragment ContentCustomFieldValue on CustomFieldValue {\n    key\n    text\n    number\n    date\n    boolean\n    choices\n    definition {\n      labelJa\n      labelEn\n      type\n      choices {\n        value\n        labelJa\n        labelEn\n      }\n    }\n  }\n":Gn,"\n  query ContentCustomFieldDefinitions($target: CustomFieldTarget!) {\n    customFieldDefinitions(target: $target) {\n      id\n      key\n      labelJa\n      labelEn\n      type\n      required\n      choices {\n        value\n        labelJa\n        labelEn\n      }\n    }\n  }\n":Ci,"\n  query ContentMethodList($first: Int, $after: String) {\n    collaborationMethods(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          key\n          name\n          position\n        }\n      }\n    }\n  }\n":Di,"\n  query ContentMethod($id: ID!) {\n    collaborationMethod(id: $id) {\n      id\n      key\n      name\n      description\n      position\n      version\n    }\n  }\n":vi,"\n  mutation ContentMethodCreate($input: CollaborationMethodInput!) {\n    createCollaborationMethod(input: $input) {\n      id\n    }\n  }\n":Ai,"\n  mutation ContentMethodUpdate($id: ID!, $input: CollaborationMethodInput!, $version: Int!) {\n    updateCollaborationMethod(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":ki,"\n  mutation ContentMethodDelete($id: ID!) {\n    deleteCollaborationMethod(id: $id)\n  }\n":Ii,"\n  mutation ContentMethodRestore($id: ID!) {\n    restoreDeleted(id: $id) {\n      id\n    }\n  }\n":$i,"\n  query ContentPreview($token: String!) {\n    preview(token: $token) {\n      __typename\n      id\n      ... on Challenge {\n        title\n        background\n        desiredOutcome\n        department {\n          name\n        }\n        tags\n        opensAt\n        closesAt\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on CaseStudy {\n        title\n        locality\n        program\n        caseCategory: category\n        startOn\n        endOn\n        dateNote\n        summary\n        partners {\n          name\n        }\n        resources {\n          side\n          kind\n          description\n        }\n        merits {\n          side\n          description\n        }\n        tags\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Agreement {\n        title\n        agreementKind: kind\n        purpose\n        parties {\n          name\n        }\n        signedOn\n        termStartOn\n        termEndOn\n        items\n        merits {\n          side\n          description\n        }\n        agreementStatus: status\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Project {\n        title\n        projectKind: kind\n        summary\n        startOn\n        endOn\n        site\n        leadDepartment {\n          name\n        }\n        partners {\n          name\n        }\n        resources {\n          side\n          kind\n          description\n        }\n        merits {\n          side\n          description\n        }\n        projectStatus: status\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Announcement {\n        title\n        body\n        category\n        media {\n          ...ContentMediaItem\n        }\n      }\n    }\n  }\n":Si,"\n  query ContentProjectList($first: Int, $after: String, $filter: ProjectFilter) {\n    projects(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          kind\n          status\n          startOn\n          endOn\n          leadDepartment {\n            name\n          }\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":Pi,"\n  query ContentProject($id: ID!) {\n    project(id: $id) {\n      id\n      kind\n      title\n      summary\n      startOn\n      endOn\n      site\n      leadDepartment {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n      resources {\n        side\n        kind\n        description\n      }\n      merits {\n        side\n        description\n      }\n      status\n      agreement {\n        id\n        title\n      }\n      publicationState\n      publishedAt\n      slug\n      url\n      seoDescription\n      shareImage {\n        id\n      }\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n      customFields {\n        ...ContentCustomFieldValue\n      }\n    }\n  }\n":xi,"\n  query ContentProjectAgreements {\n    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":wi,"\n  mutation ContentProjectCreate($input: ProjectInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n":Ti,"\n  mutation ContentProjectUpdate($id: ID!, $input: ProjectInput!, $version: Int!) {\n    updateProject(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":Ei,"\n  mutation ContentProjectDelete($id: ID!) {\n    deleteProject(id: $id)\n  }\n":Ni,"\n  mutation ContentPublish($id: ID!, $at: DateTime) {\n    publish(id: $id, at: $at) {\n      id\n    }\n  }\n":_i,"\n  mutation ContentUnpublish($id: ID!) {\n    unpublish(id: $id) {\n      id\n    }\n  }\n":Fi,"\n  mutation ContentArchive($id: ID!) {\n    archive(id: $id) {\n      id\n    }\n  }\n":Mi,"\n  mutation ContentRestoreDeleted($id: ID!) {\n    restoreDeleted(id: $id) {\n      id\n    }\n  }\n":Ri,"\n  mutation ContentPreviewToken($id: ID!) {\n    createPreviewToken(id: $id) {\n      token\n      expiresAt\n    }\n  }\n":qi,"\n  query ContentRevisions($id: ID!) {\n    revisions(id: $id) {\n      id\n      number\n      author {\n        displayName\n      }\n      createdAt\n      pending\n    }\n  }\n":Oi,"\n  mutation ContentRestoreRevision($id: ID!) {\n    restoreRevision(id: $id) {\n      id\n    }\n  }\n":Li,"\n  fragment ContentMediaItem on Media {\n    id\n    fileName\n    contentType\n    size\n    url\n    alt\n  }\n":zn,"\n  mutation ContentAttachMedia($contentId: ID!, $file: Upload!, $alt: String) {\n    attachMedia(contentId: $contentId, file: $file, alt: $alt) {\n      id\n      fileName\n    }\n  }\n":Ui,"\n  mutation ContentUpdateMedia($id: ID!, $alt: String!) {\n    updateMedia(id: $id, alt: $alt) {\n      id\n      alt\n    }\n  }\n":ji,"\n  mutation ContentDeleteMedia($id: ID!) {\n    deleteMedia(id: $id)\n  }\n":Bi,"\n  query ContentDepartments {\n    municipality {\n      departments {\n        id\n        name\n      }\n    }\n  }\n":Vi,"\n  query ContentPartners($search: String) {\n    partners(first: 30, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n":Hi,"\n  query DeskUsers($first: Int, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          role\n          disabled\n          createdAt\n          department {\n            id\n            name\n          }\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n":Ki,"\n  query DeskAccountDepartments {\n    municipality {\n      id\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n  }\n":Qi,"\n  mutation DeskCreateStaff($input: StaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      id\n      displayName\n    }\n  }\n":Wi,"\n  mutation DeskDisableAccount($id: ID!) {\n    disableAccount(id: $id) {\n      id\n      disabled\n    }\n  }\n":zi,"\n  mutation DeskEnableAccount($id: ID!) {\n    enableAccount(id: $id) {\n      id\n      disabled\n    }\n  }\n":Ji,"\n  query DeskAuditLog($first: Int, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          actor {\n            id\n            displayName\n          }\n          action\n          targetType\n          targetId\n          changes\n          at\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n":Gi,"\n  query DeskAuditActors {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          role\n        }\n      }\n    }\n  }\n":Yi,"\n  query SettingsCustomFields($target: CustomFieldTarget!) {\n    customFieldDefinitions(target: $target) {\n      id\n      key\n      target\n      labelJa\n      labelEn\n      type\n      required\n      visibility\n      order\n      choices {\n        value\n        labelJa\n        labelEn\n      }\n    }\n  }\n":Xi,"\n  mutation SettingsCustomFieldDefine($input: CustomFieldDefinitionInput!) {\n    defineCustomField(input: $input) {\n      id\n    }\n  }\n":Zi,"\n  mutation SettingsCustomFieldUpdate($id: ID!, $input: CustomFieldDefinitionInput!) {\n    updateCustomField(id: $id, input: $input) {\n      id\n    }\n  }\n":er,"\n  mutation SettingsCustomFieldDelete($id: ID!) {\n    deleteCustomField(id: $id)\n  }\n":tr,"\n  query DeskDepartments {\n    municipality {\n      id\n      departments {\n        id\n        name\n        kind\n        version\n        parent {\n          id\n        }\n      }\n    }\n  }\n":nr,"\n  mutation DeskDepartmentCreate($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      id\n      name\n    }\n  }\n":ir,"\n  mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {\n    updateDepartment(id: $id, input: $input, version: $version) {\n      id\n      name\n      version\n    }\n  }\n":rr,"\n  mutation DeskDepartmentDelete($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n":or,"\n  query DeskInquiries($first: Int, $after: String, $status: InquiryStatus) {\n    inquiries(first: $first, after: $after, status: $status) {\n      edges {\n        cursor\n        node {\n          id\n          affiliation\n          name\n          subject\n          status\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n":ar,"\n  query DeskInquiry($id: ID!) {\n    node(id: $id) {\n      ... on Inquiry {\n        id\n        affiliation\n        name\n        email\n        phone\n        subject\n        body\n        status\n        createdAt\n      }\n    }\n  }\n":sr,"\n  mutation DeskInquiryClose($id: ID!) {\n    closeInquiry(id: $id) {\n      id\n      status\n    }\n  }\n":lr,"\n  query DeskMunicipalitySettings {\n    municipality {\n      id\n      slug\n      itemUrlTemplate\n    }\n  }\n":dr,"\n  mutation DeskMunicipalitySettingsSave($input: UpdateMunicipalityInput!) {\n    updateMunicipality(input: $input) {\n      id\n      itemUrlTemplate\n    }\n  }\n":ur,"\n  query DeskWebhookDeliveries($first: Int) {\n    webhooks {\n      id\n      url\n      events\n      active\n      createdAt\n      deliveries(first: $first) {\n        id\n        event\n        status\n        attempts\n        lastStatusCode\n        lastError\n        nextAttemptAt\n        deliveredAt\n        createdAt\n      }\n    }\n  }\n":pr,"\n  query DeskWebhooks {\n    webhooks {\n      id\n      url\n      events\n      active\n      createdAt\n    }\n  }\n":cr,"\n  mutation DeskWebhookRegister($input: WebhookInput!) {\n    registerWebhook(input: $input) {\n      id\n      url\n    }\n  }\n":mr,"\n  mutation DeskWebhookDelete($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n":gr,"\n  query HomeAttention {\n    proposals(first: 0, filter: { needsAttention: true }) {\n      totalCount\n    }\n  }\n":fr,"\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n    }\n  }\n":yr,"\n  mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {\n    assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":hr,"\n  mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {\n    respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":br,"\n  mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {\n    decideProposal(id: $id, decision: $decision, reason: $reason) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Cr,"\n  mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {\n    linkProposalOutcome(id: $id, projectId: $projectId, agreementId: $agreementId, newProject: $newProject, newAgreement: $newAgreement) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Dr,"\n  query ProposalAssignDepartments {\n    municipality {\n      departments {\n        id\n        name\n        kind\n        parent {\n          id\n        }\n      }\n    }\n  }\n":vr,"\n  query ProposalLinkOutcomes {\n    projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":Ar,"\n  mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {\n    postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":kr,"\n  mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {\n    attachFile(proposalId: $proposalId, file: $file) {\n      id\n      fileName\n    }\n  }\n":Ir,"\n  query DisclosurePanel($id: ID!) {\n    proposal(id: $id) {\n      id\n      disclosure {\n        field\n        level\n        reason\n        isDefault\n        protectionRequested {\n          reason\n          requestedAt\n        }\n      }\n      messages {\n        id\n        internal\n        createdAt\n        disclosureLevel\n        disclosureReason\n        protectionRequested {\n          reason\n          requestedAt\n        }\n      }\n      attachments {\n        id\n        fileName\n        disclosureLevel\n        disclosureReason\n        protectionRequested {\n          reason\n          requestedAt\n        }\n      }\n    }\n  }\n":$r,"\n  mutation DisclosurePanelSet($id: ID!, $target: DisclosureTargetInput!, $level: DisclosureLevel!, $reason: String) {\n    setDisclosureLevel(proposalId: $id, target: $target, level: $level, reason: $reason) {\n      id\n    }\n  }\n":Sr,"\n  mutation DisclosurePanelProduce($id: ID!, $reference: String!, $format: DisclosureFormat!) {\n    produceDisclosureCopy(proposalId: $id, reference: $reference, format: $format) {\n      url\n      filename\n    }\n  }\n":Pr,"\n  fragment InboxRow on Proposal {\n    id\n    title\n    kind\n    status\n    submittedAt\n    unreadMessageCount\n    overdue\n    organization {\n      name\n    }\n    challenge {\n      title\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      respondedAt\n    }\n  }\n":Jn,"\n  query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {\n    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InboxRow\n        }\n      }\n    }\n  }\n":xr,"\n  query InboxOptions {\n    municipality {\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n    challenges(first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":wr,"\n  fragment ProposalPageFields on Proposal {\n    id\n    kind\n    title\n    viewerActions\n    unreadMessageCount\n    overdue\n    summary\n    body\n    desiredScheme\n    customFields {\n      ...ContentCustomFieldValue\n    }\n    status\n    version\n    submittedAt\n    decidedAt\n    createdAt\n    challenge {\n      id\n      title\n    }\n    organization {\n      name\n    }\n    resources {\n      side\n      kind\n      description\n    }\n    merits {\n      side\n      description\n    }\n    contact {\n      affiliation\n      name\n      email\n      phone\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      opinion\n      feasible\n      respondedAt\n    }\n    messages {\n      id\n      body\n      internal\n      createdAt\n      author {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    history {\n      action\n      from\n      to\n      reason\n      at\n      actor {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      messageId\n      downloadUrl\n      createdAt\n    }\n    project {\n      id\n      title\n    }\n    agreement {\n      id\n      title\n    }\n  }\n":Yn,"\n  query ProposalPage($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalPageFields\n    }\n  }\n":Tr,"\n  mutation ProposalMarkRead($id: ID!) {\n    markProposalRead(id: $id) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":Er,"\n  query Viewer {\n    me {\n      id\n      displayName\n      role\n      email\n      department {\n        id\n        name\n      }\n    }\n    municipality {\n      name\n      deskName\n    }\n    permissions {\n      resource\n      action\n      scope\n    }\n  }\n":Nr};function D(t){return Ca[t]??{}}function N(t,n,i=!1){let o=JSON.stringify(n),[r,s]=y(void 0),[d,a]=y(void 0),[c,m]=y(!i),p=Ne(0),v=qn(async()=>{if(i)return;let h=++p.current;m(!0);try{let u=await w(t,JSON.parse(o));h===p.current&&(s(u),a(void 0))}catch(u){h===p.current&&a(u instanceof Y?u:new Y("INTERNAL",String(u)))}finally{h===p.current&&m(!1)}},[t,o,i]);return Z(()=>{v()},[v]),{data:r,error:d,loading:c,reload:v}}function L(t){let[n,i]=y(!1),[o,r]=y(void 0);return{run:async(...d)=>{i(!0),r(void 0);try{return await t(...d)}catch(a){r(a instanceof Y?a:new Y("INTERNAL",String(a)));return}finally{i(!1)}},busy:n,error:o,clear:()=>r(void 0)}}function _r(){let t=location.hash.replace(/^#/,"")||"/",n=t.indexOf("?");return n<0?{path:t,query:new URLSearchParams}:{path:t.slice(0,n),query:new URLSearchParams(t.slice(n+1))}}function Fr(){let[t,n]=y(_r);return Z(()=>{let i=()=>n(_r());return window.addEventListener("hashchange",i),()=>window.removeEventListener("hashchange",i)},[]),t}function q(t,n){let i=new URLSearchParams;for(let[r,s]of Object.entries(n??{}))s&&i.set(r,s);let o=i.toString();return`#${t}${o?`?${o}`:""}`}function de(t,n){location.hash=q(t,n)}function Da(t,n){let i=t.split("/").filter(Boolean),o=n.split("/").filter(Boolean);if(i.length!==o.length)return null;let r={};for(let s=0;s<i.length;s++){let d=i[s];if(d.startsWith(":"))r[d.slice(1)]=decodeURIComponent(o[s]);else if(d!==o[s])return null}return r}function Mr(t,n){for(let i of t){let o=Da(i.path,n);if(o)return{route:i,params:o}}return null}var f=le({navInbox:"提案の受付",inboxTitle:"提案の受付",inboxCaption:"提案の一覧",attentionTitle:"要対応",attentionHelp:"未読の対話がある提案と、担当課の回答期限を過ぎた提案です。",attentionCaption:"要対応の提案",attentionNone:"要対応の提案はありません。",homeAttention:"要対応の提案が {n} 件あります（未読の対話・回答期限超過）。",statusTabs:"状態で絞り込み",all:"すべて",filters:"絞り込み",search:"キーワード（件名・概要・内容）",kind:"種類",challenge:"対象の行政課題",department:"担当課",submittedFrom:"提出日（から）",submittedTo:"提出日（まで）",submittedRange:"提出日",apply:"絞り込む",reset:"条件をクリア",any:"指定しない",onlyAttention:"要対応のみ",colTitle:"件名",colProposer:"提案者",colKind:"種類",colStatus:"状態",colSubmitted:"提出日",colAssigned:"担当課（回答期限）",colFlags:"お知らせ",unread:"未読 {n}件",overdue:"回答期限超過",notSubmitted:"未提出",kindFREE:"自由提案",kindCHALLENGE:"課題提案",statusDRAFT:"下書き",statusSUBMITTED:"提出済み",statusIN_DIALOGUE:"対話・庁内調整中",statusACCEPTED:"採択",statusDECLINED:"不採択",statusWITHDRAWN:"取下げ",back:"提案の一覧へ戻る",notFound:"この提案は見つかりません（削除されたか、見る権限がありません）。",secContent:"提案の内容",summary:"概要",body:"内容",desiredScheme:"希望する連携手法",organization:"提案者",resources:"双方が提供するもの（リソース）",resourcesCaption:"提供リソース（ヒト・モノ・カネ・情報）",side:"提供する側",sideCITY:"市",sidePARTNER:"事業者等",resPEOPLE:"ヒト",resGOODS:"モノ",resMONEY:"カネ",resINFORMATION:"情報",merits:"期待されるメリット",meritFor:"{side}のメリット",contact:"連絡先",affiliation:"所属",contactName:"氏名",phone:"電話番号",email:"メールアドレス",none:"（なし）",dates:"日付",submittedAt:"提出日時",decidedAt:"採否の決定日時",createdAt:"作成日時",secAttachments:"添付ファイル",download:"{name} をダウンロード",bytes:"{n} バイト",kb:"{n} KB",mb:"{n} MB",noAttachments:"添付ファイルはありません。",onMessage:"（対話のメッセージに添付）",attach:"ファイルを添付",attachFile:"添付するファイル",attached:"{name} を添付しました。",secAssignments:"担当課への検討依頼",noAssignments:"担当課への依頼はまだありません。",assignmentsCaption:"担当課への依頼と回答",dueOn:"回答期限",feasible:"実施可否",feasibleYes:"実施可能",feasibleNo:"実施困難",notAnswered:"未回答",answered:"回答済み",opinion:"意見",respondedAt:"回答日時",secDialogue:"対話",dialogueHelp:"提案者とのメッセージは提案者にも見えます。庁内メモは職員（デスク・担当課）だけが見られます。",noMessages:"メッセージはまだありません。",sharedMessage:"提案者とのメッセージ",internalNote:"庁内メモ",internalNoteHint:"提案者には見えません",postKind:"投稿の種類",postBody:"本文",post:"投稿する",posted:"投稿しました。",postedNote:"庁内メモを投稿しました。",secHistory:"履歴",historyCaption:"提案の履歴",colWhen:"日時",colAction:"操作",colChange:"状態の変化",colActor:"行為者",colReason:"理由・内容",actCREATE:"作成",actUPDATE:"更新",actSUBMIT:"提出",actASSIGN:"担当課へ依頼",actRESPOND:"担当課が回答",actDECIDE:"採否の決定",actWITHDRAW:"取下げ",actLINK:"事業・協定の結び付け",actorPROPOSER:"提案者",actorDEPARTMENT:"担当課",actorDESK:"デスク",secActions:"手続き",noActions:"この提案に対して、いまあなたができる手続きはありません。",assignTitle:"担当課に検討を依頼する",assignHelp:"依頼する担当課を選び、回答期限を決めます。",assignDepartments:"依頼する担当課",assignDue:"回答期限（省略可）",assignSubmit:"依頼する",assigned:"担当課に依頼しました。",assignPick:"担当課を1つ以上選んでください。",respondTitle:"検討結果を回答する",respondOpinion:"意見",respondFeasible:"実施可否",respondSubmit:"回答する",responded:"回答しました。",opinionRequired:"意見を入力してください。",decideTitle:"採否を決める",decision:"採否",decideAccept:"採択する",decideDecline:"不採択とする",reason:"理由",reasonHelp:"理由は提案者にも伝わります。",reasonRequired:"理由を入力してください。",decideSubmit:"決定する",decideConfirm:"「{title}」を{decision}。よろしいですか？",decideConfirmTitle:"採否の確認",decided:"採否を決定しました。",linkTitle:"成果の事業・協定を結び付ける",linkHelp:"採択した提案から生まれた連携事業・協定を選ぶか、新しく下書きを作ります。",linkProject:"連携事業",linkAgreement:"連携協定",linkExisting:"既存のものを選ぶ",linkNew:"新しく下書きを作る",linkNone:"結び付けない",linkPick:"選択してください",newKind:"種類",newTitle:"名称（省略時は提案の件名）",linkSubmit:"結び付ける",linked:"結び付けました。",linkNothing:"事業か協定を1つ以上指定してください。",currentProject:"結び付いた連携事業",currentAgreement:"結び付いた連携協定",projPARTNERSHIP:"パートナーシップ事業",projDEMONSTRATION:"実証実験サポート事業",agrBUSINESS:"事業連携協定",agrCOMPREHENSIVE:"包括連携協定",agrMEMORANDUM:"覚書"},{navInbox:"Proposals",inboxTitle:"Proposal inbox",inboxCaption:"Proposals",attentionTitle:"Needs attention",attentionHelp:"Proposals with unread dialogue, and proposals whose department answer is overdue.",attentionCaption:"Proposals needing attention",attentionNone:"Nothing needs attention.",homeAttention:"{n} proposals need your attention (unread dialogue, overdue answers).",statusTabs:"Filter by status",all:"All",filters:"Filters",search:"Keywords (title, summary, body)",kind:"Kind",challenge:"Challenge answered",department:"Department",submittedFrom:"Submitted from",submittedTo:"Submitted until",submittedRange:"Submission date",apply:"Apply",reset:"Clear filters",any:"Any",onlyAttention:"Needs attention only",colTitle:"Title",colProposer:"Proposer",colKind:"Kind",colStatus:"Status",colSubmitted:"Submitted",colAssigned:"Departments (due)",colFlags:"Alerts",unread:"{n} unread",overdue:"Overdue",notSubmitted:"Not submitted",kindFREE:"Free proposal",kindCHALLENGE:"Challenge proposal",statusDRAFT:"Draft",statusSUBMITTED:"Submitted",statusIN_DIALOGUE:"In dialogue",statusACCEPTED:"Accepted",statusDECLINED:"Declined",statusWITHDRAWN:"Withdrawn",back:"Back to the proposals",notFound:"This proposal was not found (deleted, or you may not see it).",secContent:"Proposal",summary:"Summary",body:"Details",desiredScheme:"Desired scheme",organization:"Proposer",resources:"What each side contributes",resourcesCaption:"Resources (people, goods, money, information)",side:"Side",sideCITY:"City",sidePARTNER:"Partner",resPEOPLE:"People",resGOODS:"Goods",resMONEY:"Money",resINFORMATION:"Information",merits:"Expected merits",meritFor:"For the {side}",contact:"Contact",affiliation:"Affiliation",contactName:"Name",phone:"Phone",email:"Email",none:"(none)",dates:"Dates",submittedAt:"Submitted",decidedAt:"Decided",createdAt:"Created",secAttachments:"Attachments",download:"Download {name}",bytes:"{n} bytes",kb:"{n} KB",mb:"{n} MB",noAttachments:"No attachments.",onMessage:"(attached to a message)",attach:"Attach a file",attachFile:"File to attach",attached:"Attached {name}.",secAssignments:"Requests to departments",noAssignments:"No department has been asked yet.",assignmentsCaption:"Requests and answers",dueOn:"Due",feasible:"Feasible",feasibleYes:"Feasible",feasibleNo:"Not feasible",notAnswered:"Not answered",answered:"Answered",opinion:"Opinion",respondedAt:"Answered",secDialogue:"Dialogue",dialogueHelp:"Messages are seen by the proposer. Internal notes are seen by staff (desk and departments) only.",noMessages:"No messages yet.",sharedMessage:"Message to the proposer",internalNote:"Internal note",internalNoteHint:"not shown to the proposer",postKind:"Kind of post",postBody:"Text",post:"Post",posted:"Posted.",postedNote:"Internal note posted.",secHistory:"History",historyCaption:"History of the proposal",colWhen:"When",colAction:"Action",colChange:"Status change",colActor:"By",colReason:"Reason / detail",actCREATE:"Created",actUPDATE:"Updated",actSUBMIT:"Submitted",actASSIGN:"Assigned to departments",actRESPOND:"Department answered",actDECIDE:"Decided",actWITHDRAW:"Withdrawn",actLINK:"Linked to project/agreement",actorPROPOSER:"Proposer",actorDEPARTMENT:"Department",actorDESK:"Desk",secActions:"Actions",noActions:"There is nothing you can do on this proposal now.",assignTitle:"Ask departments to review",assignHelp:"Choose the departments and a due date for their answer.",assignDepartments:"Departments to ask",assignDue:"Due date (optional)",assignSubmit:"Send request",assigned:"The departments were asked.",assignPick:"Choose at least one department.",respondTitle:"Answer the request",respondOpinion:"Opinion",respondFeasible:"Feasible?",respondSubmit:"Send answer",responded:"Answer sent.",opinionRequired:"Please write an opinion.",decideTitle:"Decide",decision:"Decision",decideAccept:"Accept",decideDecline:"Decline",reason:"Reason",reasonHelp:"The proposer sees the reason.",reasonRequired:"Please give a reason.",decideSubmit:"Decide",decideConfirm:'Decide "{title}": {decision}. Continue?',decideConfirmTitle:"Confirm the decision",decided:"Decision recorded.",linkTitle:"Link the resulting project or agreement",linkHelp:"Choose the project or agreement that came from this accepted proposal, or create a draft.",linkProject:"Project",linkAgreement:"Agreement",linkExisting:"Choose an existing one",linkNew:"Create a draft",linkNone:"Do not link",linkPick:"Choose",newKind:"Kind",newTitle:"Title (the proposal's title when empty)",linkSubmit:"Link",linked:"Linked.",linkNothing:"Give a project or an agreement.",currentProject:"Linked project",currentAgreement:"Linked agreement",projPARTNERSHIP:"Partnership project",projDEMONSTRATION:"Supported field trial",agrBUSINESS:"Business agreement",agrCOMPREHENSIVE:"Comprehensive agreement",agrMEMORANDUM:"Memorandum"});var Rr=D(`
  query Viewer {
    me {
      id
      displayName
      role
      email
      department {
        id
        name
      }
    }
    municipality {
      name
      deskName
    }
    permissions {
      resource
      action
      scope
    }
  }
`);function re(t,n){return n?t.permissions.some(i=>i.resource===n.resource&&i.action===n.action):!0}var en=$n(null);function me(){let t=On(en);if(!t)throw new Error("useViewer outside a signed-in app");return t}var va=Symbol.for("pv"),Aa=0;function e(t,n,i,o,r,s){n||(n={});var d,a,c=n;if("ref"in c&&typeof t!="function")for(a in c={},n)a=="ref"?d=n[a]:c[a]=n[a];var m={type:t,props:c,key:i,ref:d,__k:null,__:null,__b:0,__e:null,__c:null,constructor:va,__v:--Aa,__i:-1,__u:0};return(r||s)&&(m.__source=r,m.__self=s),K.vnode&&K.vnode(m),m}var ka=D(`
  query HomeAttention {
    proposals(first: 0, filter: { needsAttention: true }) {
      totalCount
    }
  }
`);function qr(){let t=me(),n=re(t,{resource:"proposal",action:"read"}),i=N(ka,{},!n),o=i.data?.proposals.totalCount??0,r=ut.filter(s=>s.nav&&s.path!=="/"&&re(t,s.permission)).sort((s,d)=>s.nav.order-d.nav.order);return e("section",{children:[e("h1",{children:C("home")}),e("p",{children:[t.municipality.deskName," — ",t.me.displayName]}),n&&i.data&&e("p",{class:o>0?"banner banner-notice":"muted","data-testid":"home-attention",children:o>0?e("a",{href:q("/proposals",{attention:"1"}),children:f("homeAttention",{n:o})}):f("attentionNone")}),e("ul",{class:"tiles",children:r.map(s=>e("li",{children:e("a",{class:"tile",href:q(s.path),children:s.nav.label()})},s.path))})]})}var Pt="Asia/Tokyo",Ia=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:Pt}),$a=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:"UTC"}),Sa=new Intl.DateTimeFormat("en-CA",{year:"numeric",month:"2-digit",day:"2-digit",timeZone:Pt}),Or=new Intl.DateTimeFormat("ja-JP",{hour:"2-digit",minute:"2-digit",hour12:!1,timeZone:Pt}),Pa=new Intl.DateTimeFormat("en-GB",{year:"numeric",month:"short",day:"numeric",timeZone:Pt});function Lr(t){return t.replace(/(\D)1年/,"$1元年")}function J(t){if(!t)return"";let n=/^(\d{4})-(\d{2})-(\d{2})$/.exec(t);if(!n)return t;let i=new Date(Date.UTC(Number(n[1]),Number(n[2])-1,Number(n[3])));return ce()==="en"?t:`${Lr($a.format(i))}（${t}）`}function M(t){if(!t)return"";let n=new Date(t);if(Number.isNaN(n.getTime()))return t;let i=Sa.format(n);return ce()==="en"?`${Pa.format(n)} ${Or.format(n)}`:`${Lr(Ia.format(n))}（${i}）${Or.format(n)}`}function U({tone:t="neutral",icon:n,children:i,testid:o}){return e("span",{class:`badge badge-${t}`,"data-testid":o,children:[n&&e("span",{"aria-hidden":"true",children:[n," "]}),i]})}function S({error:t,onRetry:n,retryLabel:i}){return t?e("div",{class:"banner banner-error",role:"alert",children:[e("span",{class:"banner-icon","aria-hidden":"true",children:"⚠"}),e("span",{children:Qn(t)}),n&&e("button",{type:"button",class:"btn btn-small",onClick:n,children:i})]}):null}function B({children:t}){return t?e("div",{class:"banner banner-notice",role:"status",children:[e("span",{class:"banner-icon","aria-hidden":"true",children:"✓"}),e("span",{children:t})]}):null}function j({label:t}){return e("p",{class:"loading",role:"status","aria-live":"polite",children:t})}function $({variant:t="secondary",busy:n,disabled:i,children:o,type:r,...s}){return e("button",{...s,type:r??"button",class:`btn btn-${t}`,disabled:i||n,"aria-busy":n?"true":void 0,children:o})}function tn({id:t,label:n,required:i}){return e("label",{for:t,children:[n,i&&e("span",{class:"required",children:[" （",C("required"),"）"]})]})}function xt(t,n,i){return[n?`${t}-help`:"",i?`${t}-err`:""].filter(Boolean).join(" ")||void 0}function wt({id:t,help:n,error:i}){return e(T,{children:[n&&e("p",{class:"help",id:`${t}-help`,children:n}),i&&e("p",{class:"field-error",id:`${t}-err`,children:i})]})}function P(t){let n=se();return e("div",{class:"field",children:[e(tn,{id:n,label:t.label,required:t.required}),e("input",{id:n,name:t.name,type:t.type??"text",value:t.value,required:t.required,autocomplete:t.autocomplete,maxLength:t.maxLength,"aria-invalid":t.error?"true":void 0,"aria-describedby":xt(n,t.help,t.error),"data-testid":t.testid,onInput:i=>t.onInput(i.currentTarget.value)}),e(wt,{id:n,help:t.help,error:t.error})]})}function Q(t){let n=se();return e("div",{class:"field",children:[e(tn,{id:n,label:t.label,required:t.required}),e("textarea",{id:n,name:t.name,rows:t.rows??4,value:t.value,required:t.required,"aria-invalid":t.error?"true":void 0,"aria-describedby":xt(n,t.help,t.error),"data-testid":t.testid,onInput:i=>t.onInput(i.currentTarget.value)}),e(wt,{id:n,help:t.help,error:t.error})]})}function _(t){let n=se();return e("div",{class:"field",children:[e(tn,{id:n,label:t.label,required:t.required}),e("select",{id:n,name:t.name,value:t.value,required:t.required,"aria-invalid":t.error?"true":void 0,"aria-describedby":xt(n,t.help,t.error),"data-testid":t.testid,onChange:i=>t.onChange(i.currentTarget.value),children:t.options.map(i=>e("option",{value:i.value,children:i.label},i.value))}),e(wt,{id:n,help:t.help,error:t.error})]})}function qe(t){let n=se();return e("div",{class:"field field-check",children:[e("input",{id:n,type:"checkbox",name:t.name,checked:t.checked,"aria-describedby":xt(n,t.help,t.error),"data-testid":t.testid,onChange:i=>t.onChange(i.currentTarget.checked)}),e("label",{for:n,children:t.label}),e(wt,{id:n,help:t.help,error:t.error})]})}function z({legend:t,children:n,class:i}){return e("fieldset",{class:`fieldset ${i??""}`,children:[e("legend",{children:t}),n]})}function ee(t){let[n,i]=y([]);Z(()=>i([]),[t.resetKey]);let o=t.page?.edges??[],r=n.length*t.pageSize+1;return e("div",{class:"table-wrap",children:[e("table",{class:"table","data-testid":t.testid,children:[e("caption",{children:t.caption}),e("thead",{children:e("tr",{children:t.columns.map(s=>e("th",{scope:"col",class:s.class,children:s.header}))})}),e("tbody",{children:[o.length===0&&e("tr",{children:e("td",{colSpan:t.columns.length,children:C("empty")})}),o.map(s=>e("tr",{children:t.columns.map(d=>e("td",{class:d.class,children:d.cell(s.node)}))},t.rowKey(s.node)))]})]}),t.page&&e("nav",{class:"pager","aria-label":t.caption,children:[e("span",{role:"status",children:o.length>0?C("pageInfo",{from:r,to:r+o.length-1,n:t.page.totalCount}):C("totalCount",{n:t.page.totalCount})}),e($,{disabled:n.length===0,onClick:()=>{let s=n.slice(0,-1);i(s),t.onAfter(n[n.length-1]??null)},children:["← ",C("prev")]}),e($,{disabled:!t.page.pageInfo.hasNextPage,onClick:()=>{i([...n,t.after]),t.onAfter(t.page?.pageInfo.endCursor??null)},children:[C("next")," →"]})]})]})}function xa(t){return f(`status${t}`)}function We(t){return f(`kind${t}`)}var wa={DRAFT:"neutral",SUBMITTED:"info",IN_DIALOGUE:"warning",ACCEPTED:"success",DECLINED:"danger",WITHDRAWN:"neutral"};function Tt({status:t}){return e(U,{tone:wa[t],testid:"proposal-status",children:xa(t)})}var Ur=["SUBMITTED","IN_DIALOGUE","ACCEPTED","DECLINED","WITHDRAWN","DRAFT"];function jr(t){return t<1024?f("bytes",{n:t}):t<1024*1024?f("kb",{n:(t/1024).toFixed(1)}):f("mb",{n:(t/1024/1024).toFixed(1)})}D(`
  fragment InboxRow on Proposal {
    id
    title
    kind
    status
    submittedAt
    unreadMessageCount
    overdue
    organization {
      name
    }
    challenge {
      title
    }
    assignments {
      department {
        id
        name
      }
      dueOn
      respondedAt
    }
  }
`);var Br=D(`
  query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {
    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...InboxRow
        }
      }
    }
  }
`),Ta=D(`
  query InboxOptions {
    municipality {
      departments {
        id
        name
        parent {
          id
        }
      }
    }
    challenges(first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`),Et=20,Ea=["status","kind","challenge","department","from","to","q","attention"];function Na(t){let n={};for(let i of Ea){let o=t.get(i);o&&(n[i]=o)}return n}function _a(t){let n={};return t.status&&(n.status=t.status),t.kind&&(n.kind=t.kind),t.challenge&&(n.challengeId=t.challenge),t.department&&(n.departmentId=t.department),(t.from||t.to)&&(n.submittedOn={from:t.from||null,to:t.to||null}),t.q&&(n.search=t.q),t.attention&&(n.needsAttention=!0),n}function Fa(t){let n=new Map;return t.map(i=>{let o=i.parent?(n.get(i.parent.id)??0)+1:0;return n.set(i.id,o),{value:i.id,label:`${"　".repeat(o)}${i.name}`}})}function Vr({query:t}){let n=Na(t),[i,o]=y(n),r=_a(n),s=JSON.stringify(r),[d,a]=y({key:s,after:null}),c=d.key===s?d.after:null,m=A=>a({key:s,after:A}),p=N(Br,{first:Et,after:c,filter:r}),v=N(Ta,{}),h=A=>k=>o({...i,[A]:k}),u=A=>{m(null),de("/proposals",A)},b=Ra();return e("section",{children:[e("h1",{children:f("inboxTitle")}),!n.attention&&e(Ma,{columns:b}),e("h2",{class:"visually-hidden",children:f("inboxCaption")}),e("nav",{"aria-label":f("statusTabs"),class:"tabs",children:e("ul",{children:[e("li",{children:e("a",{href:q("/proposals",{...n,status:void 0}),"aria-current":n.status?void 0:"page",children:f("all")})}),Ur.map(A=>e("li",{children:e("a",{href:q("/proposals",{...n,status:A}),"aria-current":n.status===A?"page":void 0,"data-testid":`status-tab-${A}`,children:f(`status${A}`)})},A))]})}),e("form",{class:"filters",role:"search",onSubmit:A=>{A.preventDefault(),u(i)},children:[e(z,{legend:f("filters"),class:"filters-grid",children:[e(P,{label:f("search"),type:"search",value:i.q??"",onInput:h("q"),testid:"filter-search"}),e(_,{label:f("kind"),value:i.kind??"",onChange:h("kind"),options:[{value:"",label:f("any")},...["FREE","CHALLENGE"].map(A=>({value:A,label:We(A)}))]}),e(_,{label:f("challenge"),value:i.challenge??"",onChange:h("challenge"),options:[{value:"",label:f("any")},...v.data?.challenges.edges.map(A=>({value:A.node.id,label:A.node.title}))??[]]}),e(_,{label:f("department"),value:i.department??"",onChange:h("department"),options:[{value:"",label:f("any")},...Fa(v.data?.municipality.departments??[])],testid:"filter-department"}),e(P,{label:f("submittedFrom"),type:"date",value:i.from??"",onInput:h("from")}),e(P,{label:f("submittedTo"),type:"date",value:i.to??"",onInput:h("to")}),e(qe,{label:f("onlyAttention"),checked:!!i.attention,onChange:A=>o({...i,attention:A?"1":void 0}),testid:"filter-attention"})]}),e("div",{class:"actions",children:[e($,{type:"submit",variant:"primary","data-testid":"filter-apply",children:f("apply")}),e($,{onClick:()=>{o({}),u({})},children:f("reset")})]})]}),e(S,{error:p.error,onRetry:()=>{p.reload()},retryLabel:C("retry")}),p.loading&&!p.data&&e(j,{label:C("loading")}),p.data&&e(ee,{caption:f("inboxCaption"),columns:b,page:p.data.proposals,after:c,onAfter:m,resetKey:s,rowKey:A=>A.id,pageSize:Et,testid:"inbox-table"})]})}function Ma({columns:t}){let[n,i]=y(null),o=N(Br,{first:Et,after:n,filter:{needsAttention:!0}});return e("section",{class:"attention","aria-labelledby":"attention-title","data-testid":"attention",children:[e("h2",{id:"attention-title",children:f("attentionTitle")}),e("p",{class:"help",children:f("attentionHelp")}),e(S,{error:o.error,onRetry:()=>{o.reload()},retryLabel:C("retry")}),o.data&&(o.data.proposals.totalCount===0?e("p",{class:"muted",children:f("attentionNone")}):e(ee,{caption:f("attentionCaption"),columns:t,page:o.data.proposals,after:n,onAfter:i,resetKey:"attention",rowKey:r=>r.id,pageSize:Et,testid:"attention-table"}))]})}function Ra(){return[{header:f("colTitle"),cell:t=>e("a",{href:q(`/proposals/${encodeURIComponent(t.id)}`),"data-testid":"proposal-link",children:t.title})},{header:f("colProposer"),cell:t=>t.organization?.name??""},{header:f("colKind"),cell:t=>t.kind==="CHALLENGE"&&t.challenge?`${We(t.kind)}：${t.challenge.title}`:We(t.kind)},{header:f("colStatus"),cell:t=>e(Tt,{status:t.status})},{header:f("colSubmitted"),cell:t=>t.submittedAt?M(t.submittedAt):f("notSubmitted")},{header:f("colFlags"),cell:t=>e(T,{children:[t.overdue&&e(U,{tone:"danger",icon:"!",children:f("overdue")})," ",t.unreadMessageCount>0&&e(U,{tone:"warning",icon:"●",children:f("unread",{n:t.unreadMessageCount})})]})},{header:f("colAssigned"),cell:t=>e("ul",{class:"plain",children:t.assignments.map(n=>e("li",{children:[n.department.name,n.dueOn&&`（${J(n.dueOn)}）`,n.respondedAt&&e(U,{tone:"success",children:f("answered")})]},n.department.id))})}]}function oe(t){let n=Ne(null),i=se(),o=Ne(null);return Z(()=>{let r=n.current;r&&(t.open&&!r.open?(o.current=document.activeElement,r.showModal()):!t.open&&r.open&&(r.close(),o.current instanceof HTMLElement&&o.current.focus()))},[t.open]),e("dialog",{ref:n,class:"dialog","aria-labelledby":i,onCancel:r=>{r.preventDefault(),t.onCancel()},children:[e("h2",{id:i,children:t.title}),e("div",{class:"dialog-body",children:t.children}),e("div",{class:"actions",children:[e($,{variant:t.danger?"danger":"primary",busy:t.busy,onClick:t.onConfirm,"data-testid":"confirm-ok",children:t.confirmLabel??C("ok")}),e($,{onClick:t.onCancel,children:C("cancel")})]})]})}function nn(t){return new Set(t.viewerActions)}var qa=D(`
  mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {
    assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),Oa=D(`
  mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {
    respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),La=D(`
  mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {
    decideProposal(id: $id, decision: $decision, reason: $reason) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),Ua=D(`
  mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {
    linkProposalOutcome(id: $id, projectId: $projectId, agreementId: $agreementId, newProject: $newProject, newAgreement: $newAgreement) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),ja=D(`
  query ProposalAssignDepartments {
    municipality {
      departments {
        id
        name
        kind
        parent {
          id
        }
      }
    }
  }
`),Ba=D(`
  query ProposalLinkOutcomes {
    projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {
      edges {
        node {
          id
          title
        }
      }
    }
    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);function Hr({p:t,actions:n,notice:i,onChange:o}){let r=["ASSIGN","RESPOND","DECIDE","LINK"].some(s=>n.has(s));return e("div",{class:"panel",children:[e("h2",{id:"actions-title",children:f("secActions")}),e(B,{children:i}),!r&&e("p",{class:"muted",children:f("noActions")}),n.has("ASSIGN")&&e(Va,{p:t,onChange:o}),n.has("RESPOND")&&e(Ha,{p:t,onChange:o}),n.has("DECIDE")&&e(Ka,{p:t,onChange:o}),n.has("LINK")&&e(Qa,{p:t,onChange:o})]})}function Va({p:t,onChange:n}){let i=N(ja,{}),[o,r]=y(new Set),[s,d]=y(""),[a,c]=y(!1),m=L(async()=>{let u=await w(qa,{id:t.id,departmentIds:[...o],dueOn:s||null});r(new Set),n(u.assignProposal.proposal,f("assigned"))}),p=new Set(t.assignments.map(u=>u.department.id)),v=new Map,h=(i.data?.municipality.departments??[]).map(u=>{let b=u.parent?(v.get(u.parent.id)??0)+1:0;return v.set(u.id,b),{...u,depth:Math.min(b,3)}});return e("section",{class:"action","aria-labelledby":"assign-title","data-testid":"assign-form",children:[e("h3",{id:"assign-title",children:f("assignTitle")}),e("p",{class:"help",children:f("assignHelp")}),e("form",{onSubmit:u=>{if(u.preventDefault(),o.size===0){c(!0);return}c(!1),m.run()},children:[e(z,{legend:f("assignDepartments"),class:"tree",children:[e(S,{error:i.error}),e("ul",{class:"plain",children:h.map(u=>e("li",{class:`depth-${u.depth}`,children:e("label",{class:"check",children:[e("input",{type:"checkbox",checked:p.has(u.id)||o.has(u.id),disabled:p.has(u.id),onChange:b=>{let A=new Set(o);b.currentTarget.checked?A.add(u.id):A.delete(u.id),r(A)}})," ",u.name]})},u.id))}),a&&e("p",{class:"field-error",role:"alert",children:f("assignPick")})]}),e(P,{label:f("assignDue"),type:"date",value:s,onInput:d,testid:"assign-due"}),e(S,{error:m.error}),e($,{type:"submit",variant:"primary",busy:m.busy,"data-testid":"assign-submit",children:f("assignSubmit")})]})]})}function Ha({p:t,onChange:n}){let[i,o]=y(""),[r,s]=y(""),[d,a]=y(!1),c=L(async()=>{let m=await w(Oa,{id:t.id,opinion:i,feasible:r==="yes"});n(m.respondToAssignment.proposal,f("responded"))});return e("section",{class:"action","aria-labelledby":"respond-title","data-testid":"respond-form",children:[e("h3",{id:"respond-title",children:f("respondTitle")}),e("form",{onSubmit:m=>{m.preventDefault(),a(!0),!(!i.trim()||!r)&&c.run()},children:[e(z,{legend:f("respondFeasible"),class:"radios",children:[e("label",{class:"radio",children:[e("input",{type:"radio",name:"feasible",value:"yes",checked:r==="yes",onChange:()=>s("yes"),"data-testid":"respond-feasible-yes"})," ",f("feasibleYes")]}),e("label",{class:"radio",children:[e("input",{type:"radio",name:"feasible",value:"no",checked:r==="no",onChange:()=>s("no"),"data-testid":"respond-feasible-no"})," ",f("feasibleNo")]}),d&&!r&&e("p",{class:"field-error",children:f("respondFeasible")})]}),e(Q,{label:f("respondOpinion"),required:!0,value:i,onInput:o,error:d&&!i.trim()?f("opinionRequired"):void 0,testid:"respond-opinion"}),e(S,{error:c.error}),e($,{type:"submit",variant:"primary",busy:c.busy,"data-testid":"respond-submit",children:f("respondSubmit")})]})]})}function Ka({p:t,onChange:n}){let[i,o]=y(""),[r,s]=y(""),[d,a]=y(!1),[c,m]=y(!1),p=L(async()=>{if(!i)return;let h=await w(La,{id:t.id,decision:i,reason:r});m(!1),n(h.decideProposal.proposal,f("decided"))}),v=i==="ACCEPTED"?f("decideAccept"):f("decideDecline");return e("section",{class:"action","aria-labelledby":"decide-title","data-testid":"decide-form",children:[e("h3",{id:"decide-title",children:f("decideTitle")}),e("form",{onSubmit:h=>{h.preventDefault(),a(!0),!(!i||!r.trim())&&m(!0)},children:[e(z,{legend:f("decision"),class:"radios",children:[e("label",{class:"radio",children:[e("input",{type:"radio",name:"decision",value:"ACCEPTED",checked:i==="ACCEPTED",onChange:()=>o("ACCEPTED"),"data-testid":"decide-accept"})," ",f("decideAccept")]}),e("label",{class:"radio",children:[e("input",{type:"radio",name:"decision",value:"DECLINED",checked:i==="DECLINED",onChange:()=>o("DECLINED"),"data-testid":"decide-decline"})," ",f("decideDecline")]}),d&&!i&&e("p",{class:"field-error",children:f("decision")})]}),e(Q,{label:f("reason"),help:f("reasonHelp"),required:!0,value:r,onInput:s,error:d&&!r.trim()?f("reasonRequired"):void 0,testid:"decide-reason"}),e(S,{error:p.error}),e($,{type:"submit",variant:"primary","data-testid":"decide-submit",children:f("decideSubmit")})]}),e(oe,{open:c,title:f("decideConfirmTitle"),confirmLabel:v,danger:i==="DECLINED",busy:p.busy,onConfirm:()=>{p.run()},onCancel:()=>m(!1),children:[e("p",{children:f("decideConfirm",{title:t.title,decision:v})}),e("p",{class:"prewrap",children:[f("reason"),"：",r]}),e(S,{error:p.error})]})]})}function Qa({p:t,onChange:n}){let i=N(Ba,{}),[o,r]=y(""),[s,d]=y(""),[a,c]=y(""),[m,p]=y(""),[v,h]=y("PARTNERSHIP"),[u,b]=y("BUSINESS"),[A,k]=y(""),[O,R]=y(""),[F,x]=y(!1),he=L(async()=>{let V=await w(Ua,{id:t.id,projectId:o==="existing"&&a?a:null,agreementId:s==="existing"&&m?m:null,newProject:o==="new"?{kind:v,title:A.trim()||null}:null,newAgreement:s==="new"?{kind:u,title:O.trim()||null}:null});r(""),d(""),n(V.linkProposalOutcome.proposal,f("linked")),i.reload()}),rt=[{value:"",label:f("linkNone")},{value:"existing",label:f("linkExisting")},{value:"new",label:f("linkNew")}],Le={value:"",label:f("linkPick")};return e("section",{class:"action","aria-labelledby":"link-title","data-testid":"link-form",children:[e("h3",{id:"link-title",children:f("linkTitle")}),e("p",{class:"help",children:f("linkHelp")}),e(S,{error:i.error}),e("form",{onSubmit:V=>{V.preventDefault();let ot=o==="existing"&&a||o==="new"||s==="existing"&&m||s==="new";x(!ot),ot&&he.run()},children:[e(z,{legend:f("linkProject"),children:[e(_,{label:f("linkProject"),value:o,onChange:V=>r(V),options:rt,testid:"link-project-mode"}),o==="existing"&&e(_,{label:f("linkPick"),value:a,onChange:c,options:[Le,...i.data?.projects.edges.map(V=>({value:V.node.id,label:V.node.title}))??[]],testid:"link-project"}),o==="new"&&e(T,{children:[e(_,{label:f("newKind"),value:v,onChange:V=>h(V),options:["PARTNERSHIP","DEMONSTRATION"].map(V=>({value:V,label:f(`proj${V}`)}))}),e(P,{label:f("newTitle"),value:A,onInput:k})]})]}),e(z,{legend:f("linkAgreement"),children:[e(_,{label:f("linkAgreement"),value:s,onChange:V=>d(V),options:rt,testid:"link-agreement-mode"}),s==="existing"&&e(_,{label:f("linkPick"),value:m,onChange:p,options:[Le,...i.data?.agreements.edges.map(V=>({value:V.node.id,label:V.node.title}))??[]],testid:"link-agreement"}),s==="new"&&e(T,{children:[e(_,{label:f("newKind"),value:u,onChange:V=>b(V),options:["BUSINESS","COMPREHENSIVE","MEMORANDUM"].map(V=>({value:V,label:f(`agr${V}`)}))}),e(P,{label:f("newTitle"),value:O,onInput:R})]})]}),F&&e("p",{class:"field-error",role:"alert",children:f("linkNothing")}),e(S,{error:he.error}),e($,{type:"submit",variant:"primary",busy:he.busy,"data-testid":"link-submit",children:f("linkSubmit")})]})]})}var E=le({navCustomFields:"設定：独自項目",title:"独自項目の設定",intro:"提案や各コンテンツに、この自治体独自の入力項目を追加できます。必須の項目は、提案では提出時、コンテンツでは公開時に確認されます。",target:"対象",targetPROPOSAL:"提案",targetCHALLENGE:"行政課題",targetAGREEMENT:"協定",targetPROJECT:"連携事業",targetCASE_STUDY:"連携事例",targetANNOUNCEMENT:"お知らせ",caption:"{target}の独自項目（並び順）",none:"この対象に独自項目はありません。",key:"識別子",keyHelp:"英小文字で始まる英数字・アンダースコア（例：appleVariety）。データの出力では列名になります。",labelJa:"項目名（日本語）",labelEn:"項目名（英語）",type:"種類",typeTEXT:"一行のテキスト",typeLONG_TEXT:"複数行のテキスト",typeNUMBER:"数値",typeDATE:"日付",typeSINGLE_CHOICE:"選択肢から一つ",typeMULTIPLE_CHOICE:"選択肢から複数",typeBOOLEAN:"はい・いいえ",typeFixed:"種類と対象は作成後に変更できません。",required:"必須",requiredHelp:"提案は提出時、コンテンツは公開時に入力が必要になります。",visibility:"見せる範囲",visibilityPUBLIC:"公開（その項目を見られる人全員・公開データにも出力）",visibilityPROPOSER:"提案者と職員（コンテンツでは職員のみ）",visibilitySTAFF:"職員のみ",order:"並び順",choices:"選択肢",choicesHelp:"1行に1つ。「値|日本語|英語」の形で書きます（例：fuji|ふじ|Fuji）。",define:"項目を追加",defineTitle:"独自項目を追加",editTitle:"「{label}」を編集",save:"保存",cancel:"キャンセル",edit:"編集",remove:"削除",removeTitle:"「{label}」を削除しますか？",removeBody:"この項目に入力済みの値もすべて削除されます（操作ログには残ります）。",defined:"「{label}」を追加しました。",updated:"「{label}」を保存しました。",removed:"「{label}」を削除しました。",yes:"はい",no:"いいえ",unset:"（未選択）",sectionTitle:"独自項目",empty:"（未入力）",requiredMark:"（必須）"},{navCustomFields:"Settings: custom fields",title:"Custom fields",intro:"Add fields of your own to proposals and to each kind of content. Required fields are checked when a proposal is submitted and when content is published.",target:"Target",targetPROPOSAL:"Proposals",targetCHALLENGE:"Challenges",targetAGREEMENT:"Agreements",targetPROJECT:"Projects",targetCASE_STUDY:"Case studies",targetANNOUNCEMENT:"Announcements",caption:"Custom fields of {target}, in order",none:"No custom fields for this target.",key:"Key",keyHelp:"A lower-case letter, then letters, digits or underscores (e.g. appleVariety). Exports use it as the column name.",labelJa:"Label (Japanese)",labelEn:"Label (English)",type:"Type",typeTEXT:"One line of text",typeLONG_TEXT:"Longer text",typeNUMBER:"Number",typeDATE:"Date",typeSINGLE_CHOICE:"One choice",typeMULTIPLE_CHOICE:"Several choices",typeBOOLEAN:"Yes or no",typeFixed:"Type and target cannot change once created.",required:"Required",requiredHelp:"Needed to submit a proposal or publish content.",visibility:"Who sees it",visibilityPUBLIC:"Public (whoever reads the item; in open data too)",visibilityPROPOSER:"Proposer and staff (staff only on content)",visibilitySTAFF:"Staff only",order:"Order",choices:"Choices",choicesHelp:"One per line, as value|Japanese|English (e.g. fuji|ふじ|Fuji).",define:"Add field",defineTitle:"Add a custom field",editTitle:"Edit “{label}”",save:"Save",cancel:"Cancel",edit:"Edit",remove:"Delete",removeTitle:"Delete “{label}”?",removeBody:"Every value entered for it is deleted too (the audit log keeps a record).",defined:"Added “{label}”.",updated:"Saved “{label}”.",removed:"Deleted “{label}”.",yes:"Yes",no:"No",unset:"(none)",sectionTitle:"Custom fields",empty:"(empty)",requiredMark:" (required)"});D(`
  fragment ContentCustomFieldValue on CustomFieldValue {
    key
    text
    number
    date
    boolean
    choices
    definition {
      labelJa
      labelEn
      type
      choices {
        value
        labelJa
        labelEn
      }
    }
  }
`);var Wa=D(`
  query ContentCustomFieldDefinitions($target: CustomFieldTarget!) {
    customFieldDefinitions(target: $target) {
      id
      key
      labelJa
      labelEn
      type
      required
      choices {
        value
        labelJa
        labelEn
      }
    }
  }
`),Ce={dirty:!1,values:{}};function De(t){let n={};for(let i of t??[])n[i.key]={type:i.definition.type,text:i.text??void 0,number:i.number==null?void 0:String(i.number),date:i.date??void 0,boolean:i.boolean??null,choices:i.choices??void 0};return{dirty:!1,values:n}}function ve(t){if(!t.dirty)return null;let n=[];for(let[i,o]of Object.entries(t.values))switch(o.type){case"TEXT":case"LONG_TEXT":o.text&&o.text.trim()!==""&&n.push({key:i,text:o.text});break;case"NUMBER":o.number&&o.number.trim()!==""&&n.push({key:i,number:Number(o.number)});break;case"DATE":o.date&&n.push({key:i,date:o.date});break;case"BOOLEAN":o.boolean!=null&&n.push({key:i,boolean:o.boolean});break;default:o.choices&&o.choices.length>0&&n.push({key:i,choices:o.choices})}return n}function pt(t){return ce()==="en"&&t.labelEn?t.labelEn:t.labelJa}function Ae(t){let n=N(Wa,{target:t.target}),i=n.data?.customFieldDefinitions??[];return n.error?e(S,{error:n.error}):i.length===0?null:e(z,{legend:E("sectionTitle"),class:"custom-fields",children:i.map(o=>{let r=t.value.values[o.key]??{type:o.type},s=c=>t.onChange({dirty:!0,values:{...t.value.values,[o.key]:{...r,type:o.type,...c}}}),d=pt(o)+(o.required?E("requiredMark"):""),a=`custom-${o.key}`;switch(o.type){case"LONG_TEXT":return e(Q,{label:d,value:r.text??"",onInput:c=>s({text:c}),rows:4,testid:a},o.id);case"NUMBER":return e(P,{label:d,type:"number",value:r.number??"",onInput:c=>s({number:c}),testid:a},o.id);case"DATE":return e(P,{label:d,type:"date",value:r.date??"",onInput:c=>s({date:c}),testid:a},o.id);case"BOOLEAN":return e(_,{label:d,value:r.boolean==null?"":String(r.boolean),onChange:c=>s({boolean:c===""?null:c==="true"}),options:[{value:"",label:E("unset")},{value:"true",label:E("yes")},{value:"false",label:E("no")}],testid:a},o.id);case"SINGLE_CHOICE":return e(_,{label:d,value:r.choices?.[0]??"",onChange:c=>s({choices:c===""?[]:[c]}),options:[{value:"",label:E("unset")},...o.choices.map(c=>({value:c.value,label:pt(c)}))],testid:a},o.id);case"MULTIPLE_CHOICE":return e(z,{legend:d,children:o.choices.map(c=>e(qe,{label:pt(c),checked:(r.choices??[]).includes(c.value),onChange:m=>s({choices:m?[...r.choices??[],c.value]:(r.choices??[]).filter(p=>p!==c.value)}),testid:`${a}-${c.value}`},c.value))},o.id);default:return e(P,{label:d,value:r.text??"",onInput:c=>s({text:c}),maxLength:200,testid:a},o.id)}})})}function za(t){switch(t.definition.type){case"BOOLEAN":return t.boolean==null?E("empty"):t.boolean?E("yes"):E("no");case"SINGLE_CHOICE":case"MULTIPLE_CHOICE":return(t.choices??[]).map(n=>pt(t.definition.choices.find(i=>i.value===n)??{labelJa:n,labelEn:n})).join("、")||E("empty");case"NUMBER":return t.number==null?E("empty"):String(t.number);case"DATE":return t.date??E("empty")}return t.text??E("empty")}function Kr({values:t}){return!t||t.length===0?null:e("section",{class:"custom-fields","data-testid":"custom-field-values",children:[e("h3",{children:E("sectionTitle")}),e("dl",{class:"desk-dl",children:t.map(n=>e(T,{children:[e("dt",{children:pt(n.definition)}),e("dd",{class:"prewrap",children:za(n)})]},n.key))})]})}var Ja=D(`
  mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {
    postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),Ga=D(`
  mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {
    attachFile(proposalId: $proposalId, file: $file) {
      id
      fileName
    }
  }
`);function Qr({p:t,actions:n,onChange:i,onReload:o}){let r=n.has("MESSAGE"),s=n.has("INTERNAL_NOTE"),[d,a]=y(!r&&s),[c,m]=y(""),[p,v]=y(""),h=L(async()=>{let k=await w(Ja,{proposalId:t.id,body:c,internal:d});m(""),v(d?f("postedNote"):f("posted")),i(k.postProposalMessage.proposal)}),[u,b]=y(null),A=L(async k=>{if(!u)return;let O=await $t(Ga,{proposalId:t.id,file:null},[{path:"variables.file",file:u}]);b(null),k.reset(),v(f("attached",{name:O.attachFile.fileName})),await o()});return e("section",{"aria-labelledby":"sec-dialogue",children:[e("h2",{id:"sec-dialogue",children:f("secDialogue")}),e("p",{class:"help",children:f("dialogueHelp")}),t.messages.length===0?e("p",{class:"muted",children:f("noMessages")}):e("ol",{class:"messages","data-testid":"messages",children:t.messages.map(k=>e("li",{class:k.internal?"msg msg-internal":"msg msg-shared","data-testid":k.internal?"internal-note":"shared-message",children:[e("div",{class:"msg-head",children:[k.internal?e(U,{tone:"internal",icon:"✎",children:[f("internalNote"),"（",f("internalNoteHint"),"）"]}):e(U,{tone:"info",icon:"✉",children:f("sharedMessage")}),e("span",{class:"msg-author",children:rn(k.author)}),e("time",{class:"muted",dateTime:k.createdAt,children:M(k.createdAt)})]}),e("p",{class:"prewrap",children:k.body})]},k.id))}),e(B,{children:p}),(r||s)&&e("form",{class:"post-form",onSubmit:k=>{k.preventDefault(),v(""),h.run()},children:[r&&s&&e(z,{legend:f("postKind"),class:"radios",children:[e("label",{class:"radio",children:[e("input",{type:"radio",name:"post-kind",checked:!d,onChange:()=>a(!1),"data-testid":"post-shared"}),e("span",{"aria-hidden":"true",children:"✉ "}),f("sharedMessage")]}),e("label",{class:"radio radio-internal",children:[e("input",{type:"radio",name:"post-kind",checked:d,onChange:()=>a(!0),"data-testid":"post-internal"}),e("span",{"aria-hidden":"true",children:"✎ "}),f("internalNote"),"（",f("internalNoteHint"),"）"]})]}),e(Q,{label:d?`${f("postBody")}（${f("internalNote")}）`:`${f("postBody")}（${f("sharedMessage")}）`,required:!0,value:c,onInput:m,rows:4,testid:"post-body"}),e(S,{error:h.error}),e($,{type:"submit",variant:"primary",busy:h.busy,disabled:!c.trim(),"data-testid":"post-submit",children:f("post")})]}),n.has("ATTACH")&&e("form",{class:"attach-form",onSubmit:k=>{k.preventDefault(),v(""),A.run(k.currentTarget)},children:[e("div",{class:"field",children:[e("label",{for:"attach-file",children:f("attachFile")}),e("input",{id:"attach-file",type:"file","data-testid":"attach-file",onChange:k=>b(k.currentTarget.files?.[0]??null)})]}),e(S,{error:A.error}),e($,{type:"submit",busy:A.busy,disabled:!u,children:f("attach")})]})]})}var W=le({title:"開示区分",intro:"情報公開請求があったときに、提案のどの部分を開示し、どの部分を不開示とするかの区分です。連絡先は既定で個人情報、庁内メモは既定で不開示です。",caption:"項目ごとの開示区分",colPart:"項目",colLevel:"開示区分",colReason:"理由",colRequest:"提案者からの申出",isDefault:"（既定）",none:"なし",levelDISCLOSABLE:"開示",levelPERSONAL_DATA:"個人情報（不開示）",levelPROTECTED_BUSINESS:"法人等の正当な利益（不開示）",levelWITHHELD_OTHER:"その他の理由で不開示",fieldorganization:"提案者（名称）",fieldtitle:"件名",fieldsummary:"概要",fieldbody:"内容",fielddesiredScheme:"希望する連携手法",fieldresources:"提供リソース",fieldmerits:"期待されるメリット","fieldcontact.affiliation":"連絡先（所属）","fieldcontact.name":"連絡先（氏名）","fieldcontact.email":"連絡先（メールアドレス）","fieldcontact.phone":"連絡先（電話番号）",message:"メッセージ（{at}）",note:"庁内メモ（{at}）",file:"添付ファイル：{name}",requested:"{at}：{reason}",change:"開示区分を変更する",part:"対象",level:"開示区分",reason:"理由",reasonHelp:"開示以外の区分では必須です。開示用写しの不開示部分の一覧に記載されます。",save:"変更する",saved:"開示区分を変更しました。",copy:"開示用写しを作成する",copyIntro:"不開示の部分を黒塗りにし、不開示部分の一覧を付けた写しを作成します。作成は開示請求番号とともに記録されます。",reference:"開示請求番号",format:"形式",produce:"作成してダウンロード",produced:"開示用写し {name} を作成しました。"},{title:"Disclosure levels",intro:"How each part of the proposal is treated when someone requests its disclosure. Contact data is personal data and internal notes are withheld by default.",caption:"Disclosure level of each part",colPart:"Part",colLevel:"Level",colReason:"Reason",colRequest:"Proposer's request",isDefault:"(default)",none:"None",levelDISCLOSABLE:"Disclosable",levelPERSONAL_DATA:"Personal data (withheld)",levelPROTECTED_BUSINESS:"Protected business information (withheld)",levelWITHHELD_OTHER:"Withheld on another ground",fieldorganization:"Proposer (name)",fieldtitle:"Title",fieldsummary:"Summary",fieldbody:"Body",fielddesiredScheme:"Desired scheme",fieldresources:"Resources",fieldmerits:"Merits","fieldcontact.affiliation":"Contact (affiliation)","fieldcontact.name":"Contact (name)","fieldcontact.email":"Contact (email)","fieldcontact.phone":"Contact (phone)",message:"Message ({at})",note:"Internal note ({at})",file:"Attachment: {name}",requested:"{at}: {reason}",change:"Change a disclosure level",part:"Part",level:"Level",reason:"Reason",reasonHelp:"Required for every level but disclosable. It is listed in the disclosure copy.",save:"Change",saved:"The disclosure level was changed.",copy:"Produce a disclosure copy",copyIntro:"A copy with every withheld part blacked out and a list of what was withheld. Producing it is recorded with the request number.",reference:"Disclosure request number",format:"Format",produce:"Produce and download",produced:"Produced the disclosure copy {name}."});var Ya=D(`
  query DisclosurePanel($id: ID!) {
    proposal(id: $id) {
      id
      disclosure {
        field
        level
        reason
        isDefault
        protectionRequested {
          reason
          requestedAt
        }
      }
      messages {
        id
        internal
        createdAt
        disclosureLevel
        disclosureReason
        protectionRequested {
          reason
          requestedAt
        }
      }
      attachments {
        id
        fileName
        disclosureLevel
        disclosureReason
        protectionRequested {
          reason
          requestedAt
        }
      }
    }
  }
`),Xa=D(`
  mutation DisclosurePanelSet($id: ID!, $target: DisclosureTargetInput!, $level: DisclosureLevel!, $reason: String) {
    setDisclosureLevel(proposalId: $id, target: $target, level: $level, reason: $reason) {
      id
    }
  }
`),Za=D(`
  mutation DisclosurePanelProduce($id: ID!, $reference: String!, $format: DisclosureFormat!) {
    produceDisclosureCopy(proposalId: $id, reference: $reference, format: $format) {
      url
      filename
    }
  }
`),es=["DISCLOSABLE","PERSONAL_DATA","PROTECTED_BUSINESS","WITHHELD_OTHER"];function Wr(t){return W(`level${t}`)}function ts(t){let n=t.disclosure.map(i=>({key:"f:"+i.field,label:W(`field${i.field}`),target:{field:i.field},level:i.level,reason:i.reason,isDefault:i.isDefault,request:i.protectionRequested}));for(let i of t.messages)i.disclosureLevel&&n.push({key:"m:"+i.id,label:W(i.internal?"note":"message",{at:M(i.createdAt)}),target:{messageId:i.id},level:i.disclosureLevel,reason:i.disclosureReason,request:i.protectionRequested});for(let i of t.attachments)i.disclosureLevel&&n.push({key:"a:"+i.id,label:W("file",{name:i.fileName}),target:{attachmentId:i.id},level:i.disclosureLevel,reason:i.disclosureReason,request:i.protectionRequested});return n}function zr({id:t}){let n=me(),i=N(Ya,{id:t}),o=i.data?.proposal;if(i.error)return e(S,{error:i.error,onRetry:()=>{i.reload()},retryLabel:C("retry")});if(!o||o.disclosure.length===0)return null;let r=ts(o);return e("section",{"aria-labelledby":"sec-disclosure","data-testid":"disclosure-panel",children:[e("h2",{id:"sec-disclosure",children:W("title")}),e("p",{class:"help",children:W("intro")}),e("div",{class:"table-wrap disclosure-wrap",tabIndex:0,role:"region","aria-label":W("caption"),children:e("table",{class:"table","data-testid":"disclosure-levels",children:[e("caption",{class:"visually-hidden",children:W("caption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:W("colPart")}),e("th",{scope:"col",children:W("colLevel")}),e("th",{scope:"col",children:W("colReason")}),e("th",{scope:"col",children:W("colRequest")})]})}),e("tbody",{children:r.map(s=>e("tr",{children:[e("th",{scope:"row",children:s.label}),e("td",{children:[e(U,{tone:s.level==="DISCLOSABLE"?"neutral":"warning",icon:s.level==="DISCLOSABLE"?void 0:"■",children:Wr(s.level)}),s.isDefault&&e("span",{class:"muted",children:[" ",W("isDefault")]})]}),e("td",{children:s.reason??""}),e("td",{children:s.request?W("requested",{at:M(s.request.requestedAt),reason:s.request.reason}):e("span",{class:"muted",children:W("none")})})]},s.key))})]})}),re(n,{resource:"proposal",action:"setDisclosure"})&&e(ns,{id:o.id,rows:r,onDone:()=>{i.reload()}}),re(n,{resource:"proposal",action:"discloseCopy"})&&e(is,{id:o.id})]})}function ns({id:t,rows:n,onDone:i}){let[o,r]=y(n[0]?.key??""),[s,d]=y("PERSONAL_DATA"),[a,c]=y(""),[m,p]=y(""),v=L(u=>w(Xa,{id:t,target:u,level:s,reason:a.trim()?a:null})),h=v.error?.field==="reason"?v.error.message:void 0;return e("form",{class:"disclosure-form","data-testid":"disclosure-change",onSubmit:async u=>{u.preventDefault(),p("");let b=n.find(A=>A.key===o);b&&await v.run(b.target)&&(p(W("saved")),c(""),i())},children:e(z,{legend:W("change"),children:[e(B,{children:m}),e(S,{error:h?void 0:v.error}),e(_,{label:W("part"),value:o,onChange:r,options:n.map(u=>({value:u.key,label:u.label})),testid:"disclosure-part"}),e(_,{label:W("level"),value:s,onChange:u=>d(u),options:es.map(u=>({value:u,label:Wr(u)})),testid:"disclosure-level"}),e(Q,{label:W("reason"),help:W("reasonHelp"),value:a,onInput:c,required:s!=="DISCLOSABLE",error:h,rows:2}),e($,{type:"submit",variant:"primary",busy:v.busy,children:W("save")})]})})}function is({id:t}){let[n,i]=y(""),[o,r]=y("PDF"),[s,d]=y(""),a=L(async()=>{let m=await w(Za,{id:t,reference:n,format:o});return await St(m.produceDisclosureCopy.url,m.produceDisclosureCopy.filename),m.produceDisclosureCopy.filename}),c=a.error?.field==="reference"?a.error.message:void 0;return e("form",{class:"disclosure-form","data-testid":"disclosure-copy",onSubmit:async m=>{m.preventDefault(),d("");let p=await a.run();p&&d(W("produced",{name:p}))},children:e(z,{legend:W("copy"),children:[e("p",{class:"help",children:W("copyIntro")}),e(B,{children:s}),e(S,{error:c?void 0:a.error}),e(P,{label:W("reference"),value:n,onInput:i,required:!0,maxLength:100,error:c,testid:"disclosure-reference"}),e(_,{label:W("format"),value:o,onChange:m=>r(m),options:[{value:"PDF",label:"PDF"},{value:"HTML",label:"HTML"}]}),e($,{type:"submit",variant:"primary",busy:a.busy,children:W("produce")})]})})}D(`
  fragment ProposalPageFields on Proposal {
    id
    kind
    title
    viewerActions
    unreadMessageCount
    overdue
    summary
    body
    desiredScheme
    customFields {
      ...ContentCustomFieldValue
    }
    status
    version
    submittedAt
    decidedAt
    createdAt
    challenge {
      id
      title
    }
    organization {
      name
    }
    resources {
      side
      kind
      description
    }
    merits {
      side
      description
    }
    contact {
      affiliation
      name
      email
      phone
    }
    assignments {
      department {
        id
        name
      }
      dueOn
      opinion
      feasible
      respondedAt
    }
    messages {
      id
      body
      internal
      createdAt
      author {
        kind
        displayName
        department {
          name
        }
      }
    }
    history {
      action
      from
      to
      reason
      at
      actor {
        kind
        displayName
        department {
          name
        }
      }
    }
    attachments {
      id
      fileName
      contentType
      size
      messageId
      downloadUrl
      createdAt
    }
    project {
      id
      title
    }
    agreement {
      id
      title
    }
  }
`);var rs=D(`
  query ProposalPage($id: ID!) {
    proposal(id: $id) {
      ...ProposalPageFields
    }
  }
`),os=D(`
  mutation ProposalMarkRead($id: ID!) {
    markProposalRead(id: $id) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),Jr=["CITY","PARTNER"],Gr=["PEOPLE","GOODS","MONEY","INFORMATION"],as=new Set(["CREATE","UPDATE","SUBMIT","ASSIGN","RESPOND","DECIDE","WITHDRAW","LINK"]);function rn(t){if(!t)return"";let n=f(`actor${t.kind}`),i=[t.department?.name,t.displayName].filter(Boolean).join(" ");return i?`${n}：${i}`:n}function Yr({params:t}){let n=t.id,i=N(rs,{id:n}),[o,r]=y(null),s=o??i.data?.proposal??null,[d,a]=y(""),c=(h,u)=>{r(h),a(u??"")},m=async()=>{r(null),await i.reload()},p=Ne(!1),v=i.data?.proposal;return Z(()=>{!v||p.current||v.unreadMessageCount===0||!v.viewerActions.includes("MARK_READ")||(p.current=!0,w(os,{id:v.id}).then(h=>r(h.markProposalRead.proposal)).catch(()=>{}))},[v]),e("article",{class:"proposal",children:[e("p",{children:e("a",{href:q("/proposals"),children:["← ",f("back")]})}),e(S,{error:i.error,onRetry:()=>{i.reload()},retryLabel:C("retry")}),i.loading&&!s&&e(j,{label:C("loading")}),i.data&&!s&&e("p",{class:"banner banner-error",role:"alert",children:f("notFound")}),s&&e(T,{children:[e("header",{class:"proposal-head",children:[e("h1",{"data-testid":"proposal-title",children:s.title}),e("p",{class:"meta",children:[e(Tt,{status:s.status})," ",e(U,{children:We(s.kind)}),s.overdue&&e(U,{tone:"danger",icon:"!",testid:"overdue",children:f("overdue")}),s.unreadMessageCount>0&&e(U,{tone:"warning",icon:"●",testid:"unread",children:f("unread",{n:s.unreadMessageCount})}),s.challenge&&e("span",{children:[" ",s.challenge.title]})]}),e("dl",{class:"facts",children:[e("div",{children:[e("dt",{children:f("organization")}),e("dd",{children:s.organization?.name??f("none")})]}),e("div",{children:[e("dt",{children:f("submittedAt")}),e("dd",{children:s.submittedAt?M(s.submittedAt):f("notSubmitted")})]}),s.decidedAt&&e("div",{children:[e("dt",{children:f("decidedAt")}),e("dd",{children:M(s.decidedAt)})]}),s.project&&e("div",{children:[e("dt",{children:f("currentProject")}),e("dd",{"data-testid":"linked-project",children:s.project.title})]}),s.agreement&&e("div",{children:[e("dt",{children:f("currentAgreement")}),e("dd",{"data-testid":"linked-agreement",children:s.agreement.title})]})]})]}),e("div",{class:"proposal-grid",children:[e("div",{class:"proposal-main",children:[e(ss,{p:s}),e(ls,{p:s}),e(ds,{p:s}),e(Qr,{p:s,actions:nn(s),onChange:c,onReload:m}),e(us,{p:s}),e(zr,{id:s.id})]}),e("aside",{class:"proposal-side","aria-labelledby":"actions-title",children:e(Hr,{p:s,actions:nn(s),notice:d,onChange:c})})]})]})]})}function on({text:t}){return t.trim()?e(T,{children:t.split(/\n{2,}/).map((n,i)=>e("p",{class:"prewrap",children:n},i))}):e("p",{class:"muted",children:f("none")})}function ss({p:t}){return e("section",{"aria-labelledby":"sec-content",children:[e("h2",{id:"sec-content",children:f("secContent")}),e("h3",{children:f("summary")}),e(on,{text:t.summary}),e("h3",{children:f("body")}),e(on,{text:t.body}),e("h3",{children:f("desiredScheme")}),e(on,{text:t.desiredScheme}),e(Kr,{values:t.customFields}),e("h3",{children:f("resources")}),e("div",{class:"table-wrap",children:e("table",{class:"table matrix","data-testid":"resources-matrix",children:[e("caption",{class:"visually-hidden",children:f("resourcesCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:f("side")}),Gr.map(n=>e("th",{scope:"col",children:f(`res${n}`)},n))]})}),e("tbody",{children:Jr.map(n=>e("tr",{children:[e("th",{scope:"row",children:f(`side${n}`)}),Gr.map(i=>{let o=t.resources.filter(r=>r.side===n&&r.kind===i);return e("td",{children:o.length===0?e("span",{class:"muted",children:"—"}):e("ul",{class:"plain",children:o.map((r,s)=>e("li",{children:r.description},s))})},i)})]},n))})]})}),e("h3",{children:f("merits")}),e("div",{class:"merits",children:Jr.map(n=>{let i=t.merits.filter(o=>o.side===n);return e("div",{children:[e("h4",{children:f("meritFor",{side:f(`side${n}`)})}),i.length===0?e("p",{class:"muted",children:f("none")}):e("ul",{children:i.map((o,r)=>e("li",{children:o.description},r))})]},n)})}),t.contact&&e(T,{children:[e("h3",{children:f("contact")}),e("dl",{class:"facts",children:[e("div",{children:[e("dt",{children:f("affiliation")}),e("dd",{children:t.contact.affiliation})]}),e("div",{children:[e("dt",{children:f("contactName")}),e("dd",{children:t.contact.name})]}),e("div",{children:[e("dt",{children:f("email")}),e("dd",{children:t.contact.email})]}),e("div",{children:[e("dt",{children:f("phone")}),e("dd",{children:t.contact.phone})]})]})]})]})}function ls({p:t}){let[n,i]=y(null);return e("section",{"aria-labelledby":"sec-attachments",children:[e("h2",{id:"sec-attachments",children:f("secAttachments")}),e(S,{error:n}),t.attachments.length===0?e("p",{class:"muted",children:f("noAttachments")}):e("ul",{class:"files","data-testid":"attachments",children:t.attachments.map(o=>e("li",{children:[e($,{variant:"link","aria-label":f("download",{name:o.fileName}),onClick:()=>{i(null),St(o.downloadUrl,o.fileName).catch(i)},children:[e("span",{"aria-hidden":"true",children:"↓ "}),o.fileName]})," ",e("span",{class:"muted",children:[jr(o.size)," ・ ",M(o.createdAt),o.messageId&&` ${f("onMessage")}`]})]},o.id))})]})}function ds({p:t}){return e("section",{"aria-labelledby":"sec-assignments",children:[e("h2",{id:"sec-assignments",children:f("secAssignments")}),t.assignments.length===0?e("p",{class:"muted",children:f("noAssignments")}):e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"assignments",children:[e("caption",{class:"visually-hidden",children:f("assignmentsCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:f("department")}),e("th",{scope:"col",children:f("dueOn")}),e("th",{scope:"col",children:f("feasible")}),e("th",{scope:"col",children:f("opinion")}),e("th",{scope:"col",children:f("respondedAt")})]})}),e("tbody",{children:t.assignments.map(n=>e("tr",{children:[e("th",{scope:"row",children:n.department.name}),e("td",{children:n.dueOn?J(n.dueOn):"—"}),e("td",{children:n.feasible==null?e(U,{children:f("notAnswered")}):n.feasible?e(U,{tone:"success",icon:"○",children:f("feasibleYes")}):e(U,{tone:"danger",icon:"×",children:f("feasibleNo")})}),e("td",{class:"prewrap",children:n.opinion??""}),e("td",{children:n.respondedAt?M(n.respondedAt):"—"})]},n.department.id))})]})})]})}function us({p:t}){return e("section",{"aria-labelledby":"sec-history",children:[e("h2",{id:"sec-history",children:f("secHistory")}),e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"history",children:[e("caption",{class:"visually-hidden",children:f("historyCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:f("colWhen")}),e("th",{scope:"col",children:f("colAction")}),e("th",{scope:"col",children:f("colChange")}),e("th",{scope:"col",children:f("colActor")}),e("th",{scope:"col",children:f("colReason")})]})}),e("tbody",{children:t.history.map((n,i)=>e("tr",{children:[e("td",{children:M(n.at)}),e("td",{children:as.has(n.action)?f(`act${n.action}`):n.action}),e("td",{children:n.from||n.to?`${n.from?f(`status${n.from}`):""} → ${n.to?f(`status${n.to}`):""}`:""}),e("td",{children:rn(n.actor)}),e("td",{class:"prewrap",children:n.reason})]},i))})]})})]})}var Xr=[{path:"/proposals",component:Vr,nav:{label:()=>f("navInbox"),order:100},permission:{resource:"proposal",action:"read"}},{path:"/proposals/:id",component:Yr,permission:{resource:"proposal",action:"read"}}];var l=le({navChallenges:"行政課題",navCaseStudies:"連携事例",navAgreements:"連携協定",navProjects:"連携事業",navAnnouncements:"お知らせ",navMethods:"連携手法",listChallenges:"行政課題の一覧",listCaseStudies:"連携事例の一覧",listAgreements:"連携協定の一覧",listProjects:"連携事業の一覧",listAnnouncements:"お知らせの一覧",listMethods:"その他連携手法の一覧",newChallenge:"行政課題を作成",newCaseStudy:"連携事例を作成",newAgreement:"連携協定を作成",newProject:"連携事業を作成",newAnnouncement:"お知らせを作成",newMethod:"連携手法を追加",editChallenge:"行政課題の編集",editCaseStudy:"連携事例の編集",editAgreement:"連携協定の編集",editProject:"連携事業の編集",editAnnouncement:"お知らせの編集",editMethod:"連携手法の編集",backToList:"一覧へ戻る",filters:"絞り込み",search:"キーワード",searchHelp:"件名・本文などに含まれる語で絞り込みます。",any:"すべて",apply:"絞り込む",clear:"条件を消す",colTitle:"件名・名称",colState:"公開状態",colUpdated:"更新日時",colDepartment:"担当課",colPeriod:"期間",colLocality:"実施自治体",colCategory:"分類",colKind:"種類",colStatus:"状態",colSigned:"締結日",colPosition:"並び順",colKey:"識別子",colName:"名称",stateDRAFT:"下書き",statePUBLISHED:"公開中",stateARCHIVED:"アーカイブ",stateScheduled:"公開予約",publishedAt:"公開日時: {at}",scheduledAt:"{at} に公開予定",version:"版 {n}",title:"件名",name:"名称",background:"背景",desiredOutcome:"求める成果",department:"担当課",noDepartment:"（指定なし）",tags:"分野・タグ",tagsHelp:"読点「、」またはカンマで区切って入力します。",opensAt:"募集開始日時",closesAt:"募集終了日時",isOpen:"募集状況",open:"募集中",closed:"募集していない",locality:"実施自治体",localityHelp:"他の自治体の事例もあります（例: 青森市）。",program:"公民連携の窓口・プログラム名",category:"分類",catPARTNERSHIP:"連携事業",catDEMONSTRATION:"実証実験",catAGREEMENT:"連携協定",catOTHER:"その他",startOn:"開始日",endOn:"終了日",dateNote:"日程（原文）",dateNoteHelp:"「令和7年度中」のように日付で書けない日程を書きます。",summary:"概要",partners:"連携先",parties:"締結先（事業者等）",partnerSearch:"連携先を探す",partnerNone:"該当する連携先がありません。",partnersChosen:"選択中: {names}",resources:"提供リソース",resourcesHelp:"市と事業者等がそれぞれ提供するもの（ヒト・モノ・カネ・情報）を書きます。",resourcesCaption:"提供リソース（行: 種類、列: 提供する側）",kindCol:"種類",sideCITY:"市",sidePARTNER:"事業者等",resPEOPLE:"ヒト",resGOODS:"モノ",resMONEY:"カネ",resINFORMATION:"情報",resCell:"{side}が提供する{kind}",merits:"メリット・期待される効果",meritFor:"{side}のメリット",meritHelp:"1行に1項目を書きます。",agreementKind:"協定の種類",akBUSINESS:"事業連携協定",akCOMPREHENSIVE:"包括連携協定",akMEMORANDUM:"覚書",agreementStatus:"協定の状態",asPLANNED:"締結予定",asACTIVE:"有効",asEXPIRED:"期間満了",asTERMINATED:"解除",purpose:"目的",signedOn:"締結日",termStartOn:"協定期間の開始日",termEndOn:"協定期間の終了日",items:"連携事項",itemsHelp:"1行に1項目を書きます。",projectKind:"事業の種類",pkPARTNERSHIP:"パートナーシップ事業",pkDEMONSTRATION:"実証実験サポート事業",projectStatus:"事業の状態",psPLANNED:"準備中",psONGOING:"実施中",psCOMPLETED:"完了",psCANCELLED:"中止",site:"実施場所",leadDepartment:"担当課",agreement:"根拠となる協定",noAgreement:"（なし）",body:"本文",annCategory:"区分",annCategoryHelp:"例: 募集、イベント、お知らせ",methodKey:"識別子（半角英数字）",methodKeyHelp:"例: pfi。公開サイトのURLなどに使います。",description:"内容",position:"並び順",saveDraft:"保存する",create:"作成する",saved:"保存しました。",created:"作成しました。",conflict:"他の職員が先に更新しました。再読み込みしてください",reloadLatest:"最新の内容を読み込む",secPublication:"公開",publishNow:"今すぐ公開",publishAt:"日時を指定して公開",publishAtLabel:"公開日時",publishAtHelp:"日本時間で指定します。過去の日時を指定すると、すぐに公開されます。",schedule:"公開を予約",unpublish:"公開をやめる（下書きに戻す）",archive:"アーカイブする",published:"公開しました。",scheduled:"公開を予約しました。",unpublished:"下書きに戻しました。",archived:"アーカイブしました。",confirmPublish:"公開しますか？",confirmPublishBody:"「{title}」を公開サイトに掲載します。",confirmUnpublish:"公開をやめますか？",confirmUnpublishBody:"「{title}」を公開サイトから外し、下書きに戻します。",confirmArchive:"アーカイブしますか？",confirmArchiveBody:"「{title}」をアーカイブします。",pendingNotice:"担当課からの変更が承認待ちです。「今すぐ公開」で反映されます。",preview:"プレビュー",previewMake:"プレビュー用リンクを作る",previewLink:"プレビューを開く（{at} まで有効）",previewTitle:"プレビュー（下書き）",previewNote:"この画面は公開前の内容です。公開サイトにはまだ表示されていません。",previewGone:"プレビューの有効期限が切れたか、リンクが正しくありません。編集画面からもう一度リンクを作ってください。",delete:"削除する",confirmDelete:"削除しますか？",confirmDeleteBody:"「{title}」を削除します。削除した直後であれば、この画面で元に戻せます。",deleted:"「{title}」を削除しました。",restoreDeleted:"元に戻す",restored:"元に戻しました。",secRevisions:"変更の履歴（版）",revNumber:"版",revAuthor:"保存した人",revAt:"保存日時",revPending:"承認待ち",revRestore:"この版に戻す",revRestoreNamed:"版{n}に戻す",confirmRevRestore:"版{n}に戻しますか？",confirmRevRestoreBody:"この版の内容を新しい下書きとして保存します。公開中の内容はそのままです。",revRestored:"版{n}を下書きとして復元しました。",revNone:"まだ履歴はありません。",revCaption:"変更の履歴",secMedia:"画像・資料",mediaNone:"画像・資料はまだありません。",mediaCaption:"画像・資料の一覧",mediaFile:"ファイル",mediaFileHelp:"写真（JPEG・PNG）やPDFを選びます。",mediaAlt:"代替テキスト",mediaAltHelp:"画像を見られない人のために、画像の内容を短い文で書きます（例: 駅前広場で清掃活動をする市職員と企業の社員）。",mediaAltFor:"「{file}」の代替テキスト",mediaAltMissing:"代替テキスト未入力",mediaAltSave:"代替テキストを保存",mediaAltSaved:"「{file}」の代替テキストを保存しました。",mediaUpload:"アップロード",mediaUploaded:"「{file}」を追加しました。",mediaChoose:"ファイルを選んでください。",mediaAskAlt:"画像には代替テキストを入力してください。",mediaDelete:"削除",mediaDeleteNamed:"「{file}」を削除",confirmMediaDelete:"「{file}」を削除しますか？",mediaDeleted:"「{file}」を削除しました。",mediaType:"種類",mediaSize:"大きさ",mediaOps:"操作",mediaAfterCreate:"画像・資料は、保存した後に追加できます。",bytes:"{n} バイト",kb:"{n} KB",mb:"{n} MB",notAllowed:"この画面を使う権限がありません。",none:"なし",saveFirst:"まず保存してください。"},{navChallenges:"Challenges",navCaseStudies:"Case studies",navAgreements:"Agreements",navProjects:"Projects",navAnnouncements:"Announcements",navMethods:"Collaboration methods",listChallenges:"Challenges",listCaseStudies:"Case studies",listAgreements:"Agreements",listProjects:"Projects",listAnnouncements:"Announcements",listMethods:"Other collaboration methods",newChallenge:"New challenge",newCaseStudy:"New case study",newAgreement:"New agreement",newProject:"New project",newAnnouncement:"New announcement",newMethod:"New method",editChallenge:"Edit challenge",editCaseStudy:"Edit case study",editAgreement:"Edit agreement",editProject:"Edit project",editAnnouncement:"Edit announcement",editMethod:"Edit collaboration method",backToList:"Back to the list",filters:"Filters",search:"Keywords",searchHelp:"Words in the title or text.",any:"All",apply:"Filter",clear:"Clear",colTitle:"Title",colState:"Publication",colUpdated:"Updated",colDepartment:"Department",colPeriod:"Period",colLocality:"Municipality",colCategory:"Category",colKind:"Kind",colStatus:"Status",colSigned:"Signed",colPosition:"Position",colKey:"Key",colName:"Name",stateDRAFT:"Draft",statePUBLISHED:"Published",stateARCHIVED:"Archived",stateScheduled:"Scheduled",publishedAt:"Published: {at}",scheduledAt:"Publishes at {at}",version:"Version {n}",title:"Title",name:"Name",background:"Background",desiredOutcome:"Desired outcome",department:"Department",noDepartment:"(none)",tags:"Tags",tagsHelp:"Separate with commas.",opensAt:"Proposals open",closesAt:"Proposals close",isOpen:"Open for proposals",open:"Open",closed:"Not open",locality:"Municipality",localityHelp:"It may be another city (e.g. Aomori).",program:"PPP desk or programme name",category:"Category",catPARTNERSHIP:"Partnership",catDEMONSTRATION:"Field trial",catAGREEMENT:"Agreement",catOTHER:"Other",startOn:"Start date",endOn:"End date",dateNote:"Schedule as written",dateNoteHelp:'For schedules that are not a date (e.g. "during FY2025").',summary:"Summary",partners:"Partners",parties:"Parties",partnerSearch:"Find partners",partnerNone:"No partner matches.",partnersChosen:"Chosen: {names}",resources:"Resources",resourcesHelp:"What the city and the partner each contribute (people, goods, money, information).",resourcesCaption:"Resources (rows: kind, columns: side)",kindCol:"Kind",sideCITY:"City",sidePARTNER:"Partner",resPEOPLE:"People",resGOODS:"Goods",resMONEY:"Money",resINFORMATION:"Information",resCell:"{kind} from the {side}",merits:"Merits and expected effects",meritFor:"Merits for the {side}",meritHelp:"One item per line.",agreementKind:"Kind of agreement",akBUSINESS:"Business agreement",akCOMPREHENSIVE:"Comprehensive agreement",akMEMORANDUM:"Memorandum",agreementStatus:"Status",asPLANNED:"Planned",asACTIVE:"In force",asEXPIRED:"Expired",asTERMINATED:"Terminated",purpose:"Purpose",signedOn:"Signed on",termStartOn:"Term starts",termEndOn:"Term ends",items:"Fields of cooperation",itemsHelp:"One item per line.",projectKind:"Scheme",pkPARTNERSHIP:"Partnership project",pkDEMONSTRATION:"Supported field trial",projectStatus:"Status",psPLANNED:"Planned",psONGOING:"Ongoing",psCOMPLETED:"Completed",psCANCELLED:"Cancelled",site:"Site",leadDepartment:"Lead department",agreement:"Agreement it runs under",noAgreement:"(none)",body:"Body",annCategory:"Category",annCategoryHelp:"e.g. Call, Event, News",methodKey:"Key (ASCII)",methodKeyHelp:"e.g. pfi; used in portal URLs.",description:"Description",position:"Position",saveDraft:"Save",create:"Create",saved:"Saved.",created:"Created.",conflict:"Another staff member updated this first. Please reload.",reloadLatest:"Load the latest",secPublication:"Publication",publishNow:"Publish now",publishAt:"Publish at a time",publishAtLabel:"Publish at",publishAtHelp:"Japan time. A past time publishes now.",schedule:"Schedule",unpublish:"Unpublish (back to draft)",archive:"Archive",published:"Published.",scheduled:"Scheduled.",unpublished:"Back to draft.",archived:"Archived.",confirmPublish:"Publish?",confirmPublishBody:'"{title}" goes on the portal.',confirmUnpublish:"Unpublish?",confirmUnpublishBody:'"{title}" leaves the portal and becomes a draft.',confirmArchive:"Archive?",confirmArchiveBody:'"{title}" will be archived.',pendingNotice:`A department's change waits for approval; "Publish now" applies it.`,preview:"Preview",previewMake:"Make a preview link",previewLink:"Open the preview (valid until {at})",previewTitle:"Preview (draft)",previewNote:"This is the content before publication; the portal does not show it yet.",previewGone:"The preview link has expired or is wrong. Make a new one from the editor.",delete:"Delete",confirmDelete:"Delete?",confirmDeleteBody:'"{title}" will be deleted. Right after deleting you can undo it here.',deleted:'Deleted "{title}".',restoreDeleted:"Undo",restored:"Restored.",secRevisions:"Revisions",revNumber:"Version",revAuthor:"Saved by",revAt:"Saved",revPending:"Awaiting approval",revRestore:"Restore this version",revRestoreNamed:"Restore version {n}",confirmRevRestore:"Restore version {n}?",confirmRevRestoreBody:"Its content is saved as a new draft; live content stays as it is.",revRestored:"Version {n} restored as a draft.",revNone:"No revisions yet.",revCaption:"Revisions",secMedia:"Photos and documents",mediaNone:"No photos or documents yet.",mediaCaption:"Photos and documents",mediaFile:"File",mediaFileHelp:"A photo (JPEG, PNG) or a PDF.",mediaAlt:"Text alternative",mediaAltHelp:"Describe the image in a short sentence for people who cannot see it.",mediaAltFor:'Text alternative of "{file}"',mediaAltMissing:"No text alternative",mediaAltSave:"Save text alternative",mediaAltSaved:'Saved the text alternative of "{file}".',mediaUpload:"Upload",mediaUploaded:'Added "{file}".',mediaChoose:"Choose a file.",mediaAskAlt:"Please write a text alternative for an image.",mediaDelete:"Delete",mediaDeleteNamed:'Delete "{file}"',confirmMediaDelete:'Delete "{file}"?',mediaDeleted:'Deleted "{file}".',mediaType:"Type",mediaSize:"Size",mediaOps:"Actions",mediaAfterCreate:"Photos and documents can be added once it is saved.",bytes:"{n} bytes",kb:"{n} KB",mb:"{n} MB",notAllowed:"You may not use this screen.",none:"None",saveFirst:"Save first."});var ne=le({legend:"URL・検索エンジン・SNS共有",slug:"URLスラッグ",slugHelp:"半角英小文字・数字・ハイフン（-）のみ、100文字まで。空欄なら件名から自動で作ります（日本語の件名は「種類-番号」）。",pageUrl:"ポータルでのURL：",seoDescription:"説明文（検索結果・SNS共有用）",seoHelp:"300文字まで（現在 {n} 文字）。",shareImage:"共有用画像（OGP）",shareImageHelp:"この項目の画像から選びます。画像は右の「画像・資料」で追加してください。",noShareImage:"（なし）",navSettings:"自治体の設定",settingsTitle:"自治体の設定",itemUrlTemplate:"項目ページのURLテンプレート",itemUrlTemplateHelp:"ポータルの各ページのURL。{type}（challenge・agreement・project・case-study・announcement）、{slug}、{id} を置き換えます。例：https://〈ポータルのホスト名〉/{type}/{slug}。空欄にすると外します（サイトマップとフィードの項目リンクも止まります）。",sitemapNote:"サイトマップ：",saved:"保存しました。",save:"保存"},{legend:"URL, search engines and sharing",slug:"URL slug",slugHelp:"Lower-case letters, digits and hyphens only, up to 100. Left empty, one is made from the title (type-number for a Japanese title).",pageUrl:"URL on the portal: ",seoDescription:"Description (search results and link previews)",seoHelp:"Up to 300 characters ({n} now).",shareImage:"Share image (OGP)",shareImageHelp:"One of this item’s images; add images under Photos and documents.",noShareImage:"(none)",navSettings:"Municipality settings",settingsTitle:"Municipality settings",itemUrlTemplate:"URL template of item pages",itemUrlTemplateHelp:"The URL of each page on the portal. {type} (challenge, agreement, project, case-study, announcement), {slug} and {id} are replaced. Example: https://<portal host>/{type}/{slug}. Empty removes it (the sitemap and feed item links stop too).",sitemapNote:"Sitemap: ",saved:"Saved.",save:"Save"});var ke={slug:"",seoDescription:"",shareImageId:""};function Ie(t){return{slug:t.slug,seoDescription:t.seoDescription??"",shareImageId:t.shareImage?.id??""}}function $e(t){let n=t.slug.trim();return{slug:n===""?null:n,seoDescription:t.seoDescription,shareImageId:t.shareImageId}}function Se(t){let n=(t.media??[]).filter(i=>i.contentType.startsWith("image/"));return e(z,{legend:ne("legend"),children:[e(P,{label:ne("slug"),value:t.form.slug,onInput:i=>t.set("slug",i),help:ne("slugHelp"),maxLength:100,testid:"field-slug"}),t.url&&e("p",{class:"help",children:[ne("pageUrl"),e("a",{href:t.url,target:"_blank",rel:"noopener noreferrer","data-testid":"item-url",children:t.url})]}),e(Q,{label:ne("seoDescription"),value:t.form.seoDescription,onInput:i=>t.set("seoDescription",i),rows:3,help:ne("seoHelp",{n:[...t.form.seoDescription].length}),testid:"field-seo-description"}),t.media&&e(_,{label:ne("shareImage"),value:t.form.shareImageId,onChange:i=>t.set("shareImageId",i),options:[{value:"",label:ne("noShareImage")},...n.map(i=>({value:i.id,label:i.alt||i.fileName}))],help:ne("shareImageHelp"),testid:"field-share-image"})]})}var Nt="";function ge(t){let[n,i]=y(t.blank),[o,r]=y(()=>{let d=Nt;return Nt="",d});Z(()=>{t.item&&i(t.toForm(t.item))},[t.item]);let s=L(async()=>{if(r(""),!t.item){let d=await t.create(n);Nt=l("created"),r(Nt),de(t.path(d));return}await t.update(n,t.item.version),r(l("saved")),await t.q.reload()});return{form:n,set:(d,a)=>i(c=>({...c,[d]:a})),save:()=>{s.run()},busy:s.busy,error:s.error,notice:o,setNotice:r,reload:()=>{s.clear(),t.q.reload()}}}function be({state:t,publishedAt:n}){return t==="PUBLISHED"&&n&&new Date(n).getTime()>Date.now()?e(U,{tone:"warning",icon:"◇",testid:"pub-state",children:l("stateScheduled")}):e(U,{tone:t==="PUBLISHED"?"success":t==="ARCHIVED"?"neutral":"info",icon:t==="PUBLISHED"?"●":t==="ARCHIVED"?"■":"✎",testid:"pub-state",children:l(`state${t}`)})}var ps=new Intl.DateTimeFormat("en-CA",{year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hour12:!1,timeZone:"Asia/Tokyo"});function an(t){if(!t)return"";let n=new Date(t);if(Number.isNaN(n.getTime()))return"";let i=Object.fromEntries(ps.formatToParts(n).map(r=>[r.type,r.value])),o=i.hour==="24"?"00":i.hour;return`${i.year}-${i.month}-${i.day}T${o}:${i.minute}`}function ze(t){return t?`${t.length===16?`${t}:00`:t}+09:00`:null}function Qe(t,n=!1){return(n?t.split(/\r?\n/):t.split(/[、,，\n]/)).map(o=>o.trim()).filter(Boolean)}function sn(t){return t<1024?l("bytes",{n:t}):t<1024*1024?l("kb",{n:(t/1024).toFixed(1)}):l("mb",{n:(t/1024/1024).toFixed(1)})}function H(t){return t.trim()===""?null:t}function ue(t,n,i){let o=t.map(r=>({value:r,label:n(r)}));return i?[{value:"",label:i},...o]:o}function fe({error:t,onReload:n}){return t?t.code==="CONFLICT"?e("div",{class:"banner banner-error",role:"alert","data-testid":"conflict",children:[e("span",{class:"banner-icon","aria-hidden":"true",children:"⚠"}),e("span",{children:l("conflict")}),e("button",{type:"button",class:"btn btn-small",onClick:n,children:l("reloadLatest")})]}):e(S,{error:t}):null}function ie({title:t,list:n,listLabel:i,children:o}){return e("div",{class:"content-head",children:[e("p",{class:"content-back",children:e("a",{href:q(n),children:["← ",l("backToList"),"（",i,"）"]})}),e("h1",{children:t}),o]})}var Zr=D(`
  mutation ContentPublish($id: ID!, $at: DateTime) {
    publish(id: $id, at: $at) {
      id
    }
  }
`),cs=D(`
  mutation ContentUnpublish($id: ID!) {
    unpublish(id: $id) {
      id
    }
  }
`),ms=D(`
  mutation ContentArchive($id: ID!) {
    archive(id: $id) {
      id
    }
  }
`),gs=D(`
  mutation ContentRestoreDeleted($id: ID!) {
    restoreDeleted(id: $id) {
      id
    }
  }
`),fs=D(`
  mutation ContentPreviewToken($id: ID!) {
    createPreviewToken(id: $id) {
      token
      expiresAt
    }
  }
`);function Pe(t){let n=me(),i=re(n,{resource:"content",action:"publish"}),o=re(n,{resource:"content",action:"preview"}),r=re(n,{resource:"content",action:"restore"}),[s,d]=y(null),[a,c]=y(""),[m,p]=y(""),[v,h]=y(!1),[u,b]=y(null),A=L(async x=>{switch(p(""),x){case"publish":await w(Zr,{id:t.id,at:null}),p(l("published"));break;case"schedule":await w(Zr,{id:t.id,at:ze(a)}),p(l("scheduled"));break;case"unpublish":await w(cs,{id:t.id}),p(l("unpublished"));break;case"archive":await w(ms,{id:t.id}),p(l("archived"));break;case"delete":await t.remove(t.id),h(!0),p(l("deleted",{title:t.title})),d(null);return;case"undo":await w(gs,{id:t.id}),h(!1),p(l("restored")),t.onRestored();return;case"preview":{let he=await w(fs,{id:t.id});b(he.createPreviewToken);return}}d(null),t.onChanged()}),k=x=>{A.run(x).then(()=>d(null))},O=se();if(v)return e("section",{"aria-labelledby":`${O}-h`,class:"content-panel",children:[e("h2",{id:`${O}-h`,children:l("secPublication")}),e(B,{children:m}),e(S,{error:A.error}),r&&e($,{variant:"primary",busy:A.busy,onClick:()=>k("undo"),"data-testid":"restore-deleted",children:l("restoreDeleted")})]});let R={publish:{title:l("confirmPublish"),body:l("confirmPublishBody",{title:t.title}),label:l("publishNow"),danger:!1},unpublish:{title:l("confirmUnpublish"),body:l("confirmUnpublishBody",{title:t.title}),label:l("unpublish"),danger:!0},archive:{title:l("confirmArchive"),body:l("confirmArchiveBody",{title:t.title}),label:l("archive"),danger:!0},delete:{title:l("confirmDelete"),body:l("confirmDeleteBody",{title:t.title}),label:l("delete"),danger:!0}},F=s?R[s]:null;return e("section",{"aria-labelledby":`${O}-h`,class:"content-panel","data-testid":"publication",children:[e("h2",{id:`${O}-h`,children:l("secPublication")}),t.state&&e("p",{children:[e(be,{state:t.state,publishedAt:t.publishedAt})," ",t.publishedAt&&(new Date(t.publishedAt).getTime()>Date.now()?l("scheduledAt",{at:M(t.publishedAt)}):l("publishedAt",{at:M(t.publishedAt)}))]}),t.pending&&e("p",{class:"content-pending",children:l("pendingNotice")}),e(B,{children:m}),e(S,{error:A.error}),t.state&&i&&e(T,{children:[e("div",{class:"actions",children:[e($,{variant:"primary",onClick:()=>d("publish"),"data-testid":"publish-now",children:l("publishNow")}),t.state!=="DRAFT"&&e($,{onClick:()=>d("unpublish"),"data-testid":"unpublish",children:l("unpublish")}),t.state!=="ARCHIVED"&&e($,{onClick:()=>d("archive"),"data-testid":"archive",children:l("archive")})]}),e("form",{class:"content-schedule",onSubmit:x=>{x.preventDefault(),a&&k("schedule")},children:e(z,{legend:l("publishAt"),children:[e(P,{label:l("publishAtLabel"),type:"datetime-local",value:a,onInput:c,help:l("publishAtHelp"),required:!0,testid:"publish-at"}),e($,{type:"submit",busy:A.busy,disabled:!a,"data-testid":"schedule",children:l("schedule")})]})})]}),e("div",{class:"actions",children:[o&&t.state&&e($,{onClick:()=>k("preview"),busy:A.busy,"data-testid":"make-preview",children:l("previewMake")}),u&&e("a",{class:"btn btn-link",href:q(`/preview/${u.token}`),"data-testid":"preview-link",children:l("previewLink",{at:M(u.expiresAt)})}),e($,{variant:"danger",onClick:()=>d("delete"),"data-testid":"delete",children:l("delete")})]}),e(oe,{open:F!==null,title:F?.title??"",confirmLabel:F?.label,danger:F?.danger,busy:A.busy,onConfirm:()=>s&&k(s),onCancel:()=>d(null),children:e("p",{children:F?.body})})]})}var ys=D(`
  query ContentRevisions($id: ID!) {
    revisions(id: $id) {
      id
      number
      author {
        displayName
      }
      createdAt
      pending
    }
  }
`),hs=D(`
  mutation ContentRestoreRevision($id: ID!) {
    restoreRevision(id: $id) {
      id
    }
  }
`);function xe({id:t,version:n,onRestored:i}){let o=me(),r=re(o,{resource:"content",action:"readRevisions"}),s=re(o,{resource:"content",action:"revisions"}),d=N(ys,{id:t},!r),a=Ne(n);Z(()=>{a.current!==n&&(a.current=n,d.reload())},[n]);let[c,m]=y(null),[p,v]=y(""),h=L(async A=>{await w(hs,{id:A.id}),v(l("revRestored",{n:A.number})),m(null),i()}),u=se();if(!r)return null;let b=d.data?.revisions??[];return e("section",{"aria-labelledby":u,class:"content-panel",children:[e("h2",{id:u,children:l("secRevisions")}),e(B,{children:p}),e(S,{error:d.error??h.error}),b.length===0?e("p",{children:l("revNone")}):e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"revisions",children:[e("caption",{class:"visually-hidden",children:l("revCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:l("revNumber")}),e("th",{scope:"col",children:l("revAuthor")}),e("th",{scope:"col",children:l("revAt")}),s&&e("th",{scope:"col",children:l("mediaOps")})]})}),e("tbody",{children:b.map(A=>e("tr",{children:[e("td",{children:[A.number," ",A.pending&&e(U,{tone:"warning",icon:"△",children:l("revPending")})]}),e("td",{children:A.author?.displayName??"—"}),e("td",{children:M(A.createdAt)}),s&&e("td",{children:e($,{variant:"link",onClick:()=>m({id:A.id,number:A.number}),children:l("revRestoreNamed",{n:A.number})})})]},A.id))})]})}),e(oe,{open:c!==null,title:c?l("confirmRevRestore",{n:c.number}):"",confirmLabel:l("revRestore"),busy:h.busy,onConfirm:()=>c&&void h.run(c),onCancel:()=>m(null),children:e("p",{children:l("confirmRevRestoreBody")})})]})}D(`
  fragment ContentMediaItem on Media {
    id
    fileName
    contentType
    size
    url
    alt
  }
`);var bs=D(`
  mutation ContentAttachMedia($contentId: ID!, $file: Upload!, $alt: String) {
    attachMedia(contentId: $contentId, file: $file, alt: $alt) {
      id
      fileName
    }
  }
`),Cs=D(`
  mutation ContentUpdateMedia($id: ID!, $alt: String!) {
    updateMedia(id: $id, alt: $alt) {
      id
      alt
    }
  }
`),Ds=D(`
  mutation ContentDeleteMedia($id: ID!) {
    deleteMedia(id: $id)
  }
`);function vs({m:t,onSaved:n}){let[i,o]=y(t.alt);Z(()=>o(t.alt),[t.alt]);let r=L(async()=>{await w(Cs,{id:t.id,alt:i}),n(l("mediaAltSaved",{file:t.fileName}))});return e("form",{class:"content-alt",onSubmit:s=>{s.preventDefault(),r.run()},children:[e(P,{label:l("mediaAltFor",{file:t.fileName}),value:i,onInput:o,maxLength:250,error:r.error?r.error.clerkMessage():void 0}),e($,{type:"submit",busy:r.busy,disabled:i===t.alt,children:l("mediaAltSave")})]})}function we({contentId:t,media:n,onChanged:i}){let o=me(),r=re(o,{resource:"content",action:"media"}),[s,d]=y(null),[a,c]=y(""),[m,p]=y(""),[v,h]=y(""),[u,b]=y(null),A=L(async F=>{let x=await $t(bs,{contentId:t,file:null,alt:H(a)},[{path:"variables.file",file:s}]);p(l("mediaUploaded",{file:x.attachMedia.fileName})),d(null),c(""),F.reset(),i()}),k=L(async F=>{await w(Ds,{id:F.id}),p(l("mediaDeleted",{file:F.fileName})),b(null),i()}),O=se(),R=se();return e("section",{"aria-labelledby":O,class:"content-panel","data-testid":"media",children:[e("h2",{id:O,children:l("secMedia")}),e(B,{children:m}),e(S,{error:A.error??k.error}),n.length===0?e("p",{children:l("mediaNone")}):e("ul",{class:"content-media",children:n.map(F=>e("li",{children:[e("p",{children:[e("strong",{children:F.fileName}),"（",F.contentType,"、",sn(F.size),"）"," ",F.contentType.startsWith("image/")&&F.alt===""&&e(U,{tone:"warning",icon:"!",children:l("mediaAltMissing")})]}),r&&e("div",{class:"content-media-ops",children:[e(vs,{m:F,onSaved:p}),e($,{variant:"danger",onClick:()=>b(F),"aria-label":l("mediaDeleteNamed",{file:F.fileName}),children:l("mediaDelete")})]})]},F.id))}),r&&e("form",{class:"content-upload",onSubmit:F=>{if(F.preventDefault(),h(""),!s)return h(l("mediaChoose"));if(s.type.startsWith("image/")&&a.trim()==="")return h(l("mediaAskAlt"));A.run(F.currentTarget)},children:[e("div",{class:"field",children:[e("label",{for:R,children:l("mediaFile")}),e("input",{id:R,type:"file",accept:"image/jpeg,image/png,image/gif,image/webp,application/pdf","aria-describedby":`${R}-help`,"data-testid":"media-file",onChange:F=>d(F.currentTarget.files?.[0]??null)}),e("p",{class:"help",id:`${R}-help`,children:l("mediaFileHelp")})]}),e(P,{label:l("mediaAlt"),value:a,onInput:c,help:l("mediaAltHelp"),maxLength:250,testid:"media-alt",error:v||void 0}),e($,{type:"submit",variant:"primary",busy:A.busy,"data-testid":"media-upload",children:l("mediaUpload")})]}),e(oe,{open:u!==null,title:u?l("confirmMediaDelete",{file:u.fileName}):"",confirmLabel:l("mediaDelete"),danger:!0,busy:k.busy,onConfirm:()=>u&&void k.run(u),onCancel:()=>b(null)})]})}var _e=["CITY","PARTNER"],_t=["PEOPLE","GOODS","MONEY","INFORMATION"];function Ft(t){let n={};for(let i of t){let o=`${i.side}/${i.kind}`;n[o]=n[o]?`${n[o]}
${i.description}`:i.description}return n}function Mt(t){let n=[];for(let i of _e)for(let o of _t){let r=(t[`${i}/${o}`]??"").trim();r&&n.push({side:i,kind:o,description:r})}return n}function Rt({value:t,onChange:n}){let i=se();return e(z,{legend:l("resources"),children:[e("p",{class:"help",children:l("resourcesHelp")}),e("div",{class:"table-wrap",children:e("table",{class:"table matrix content-matrix","data-testid":"resources-editor",children:[e("caption",{class:"visually-hidden",children:l("resourcesCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:l("kindCol")}),_e.map(o=>e("th",{scope:"col",children:l(`side${o}`)},o))]})}),e("tbody",{children:_t.map(o=>e("tr",{children:[e("th",{scope:"row",children:l(`res${o}`)}),_e.map(r=>{let s=`${i}-${r}-${o}`;return e("td",{children:[e("label",{for:s,class:"visually-hidden",children:l("resCell",{side:l(`side${r}`),kind:l(`res${o}`)})}),e("textarea",{id:s,rows:3,value:t[`${r}/${o}`]??"","data-testid":`res-${r}-${o}`,onInput:d=>n({...t,[`${r}/${o}`]:d.currentTarget.value})})]},r)})]},o))})]})})]})}function Je(t){let n={CITY:"",PARTNER:""};for(let i of t)n[i.side]=n[i.side]?`${n[i.side]}
${i.description}`:i.description;return n}function Ge(t){return _e.flatMap(n=>Qe(t[n],!0).map(i=>({side:n,description:i})))}function Ye({value:t,onChange:n}){return e(z,{legend:l("merits"),class:"content-merits",children:_e.map(i=>e(Q,{label:l("meritFor",{side:l(`side${i}`)}),help:l("meritHelp"),value:t[i],rows:3,testid:`merit-${i}`,onInput:o=>n({...t,[i]:o})},i))})}function ye(t){return e(T,{children:[e("div",{class:"content-listhead",children:[e("h1",{children:t.title}),t.newLabel&&t.newPath&&e("a",{class:"btn btn-primary",href:q(t.newPath),"data-testid":"new-item",children:["＋ ",t.newLabel]})]}),t.filters&&e("form",{class:"content-filters",role:"search",onSubmit:n=>{n.preventDefault(),t.onApply?.()},children:e(z,{legend:l("filters"),children:[e("div",{class:"content-filter-row",children:t.filters}),e("div",{class:"actions",children:[e($,{type:"submit",variant:"primary",children:l("apply")}),e($,{onClick:t.onClear,children:l("clear")})]})]})}),t.children]})}function Te(t){let[n,i]=y(t),[o,r]=y(t),[s,d]=y(null);return{draft:n,setDraft:i,filter:o,apply:()=>{r(n),d(null)},clear:()=>{i(t),r(t),d(null)},after:s,setAfter:d}}var ae=20,As=D(`
  query ContentDepartments {
    municipality {
      departments {
        id
        name
      }
    }
  }
`);function Xe(t){let n=N(As,{}),i=[{value:"",label:t.noneLabel},...(n.data?.municipality.departments??[]).map(o=>({value:o.id,label:o.name}))];return e(_,{label:t.label,value:t.value,onChange:t.onChange,options:i,testid:t.testid})}var ks=D(`
  query ContentPartners($search: String) {
    partners(first: 30, filter: { search: $search }) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);function Ze({legend:t,value:n,onChange:i}){let[o,r]=y(""),[s,d]=y(""),a=N(ks,{search:H(s)}),c=new Set(n.map(h=>h.id)),m=(a.data?.partners.edges??[]).map(h=>h.node).filter(h=>!c.has(h.id)),p=(h,u)=>i(u?[...n,h]:n.filter(b=>b.id!==h.id)),v=se();return e(z,{legend:t,class:"content-partners",children:[e("ul",{class:"content-checks",children:[...n,...m].map(h=>e("li",{children:[e("input",{id:`${v}-${h.id}`,type:"checkbox",checked:c.has(h.id),onChange:u=>p(h,u.currentTarget.checked)})," ",e("label",{for:`${v}-${h.id}`,children:h.name})]},h.id))}),m.length===0&&n.length===0&&e("p",{children:l("partnerNone")}),e("div",{class:"content-inline",children:[e(P,{label:l("partnerSearch"),type:"search",value:o,onInput:r}),e($,{onClick:()=>d(o),children:l("apply")})]})]})}var to=["BUSINESS","COMPREHENSIVE","MEMORANDUM"],no=["PLANNED","ACTIVE","EXPIRED","TERMINATED"],Is=D(`
  query ContentAgreementList($first: Int, $after: String, $filter: AgreementFilter) {
    agreements(first: $first, after: $after, filter: $filter, orderBy: { field: SIGNED_ON, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          kind
          status
          signedOn
          parties {
            name
          }
          publicationState
          publishedAt
          updatedAt
        }
      }
    }
  }
`);function io(t){let n=Te({search:"",kind:"",status:""}),i={search:H(n.filter.search),kind:H(n.filter.kind),status:H(n.filter.status)},o=N(Is,{first:ae,after:n.after,filter:i});return e(ye,{title:l("listAgreements"),newLabel:l("newAgreement"),newPath:"/content/agreements/new",onApply:n.apply,onClear:n.clear,filters:e(T,{children:[e(P,{label:l("search"),type:"search",value:n.draft.search,onInput:r=>n.setDraft({...n.draft,search:r}),help:l("searchHelp")}),e(_,{label:l("agreementKind"),value:n.draft.kind,onChange:r=>n.setDraft({...n.draft,kind:r}),options:ue(to,r=>l(`ak${r}`),l("any"))}),e(_,{label:l("agreementStatus"),value:n.draft.status,onChange:r=>n.setDraft({...n.draft,status:r}),options:ue(no,r=>l(`as${r}`),l("any"))})]}),children:[e(S,{error:o.error,onRetry:()=>{o.reload()},retryLabel:C("retry")}),o.loading&&!o.data&&e(j,{label:C("loading")}),e(ee,{caption:l("listAgreements"),testid:"agreement-list",page:o.data?.agreements,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:r=>r.id,pageSize:ae,columns:[{header:l("colTitle"),cell:r=>e("a",{href:q(`/content/agreements/${r.id}`),children:r.title})},{header:l("parties"),cell:r=>r.parties.map(s=>s.name).join("、")||"—"},{header:l("colKind"),cell:r=>l(`ak${r.kind}`)},{header:l("colSigned"),cell:r=>J(r.signedOn)||"—"},{header:l("colStatus"),cell:r=>l(`as${r.status}`)},{header:l("colState"),cell:r=>e(be,{state:r.publicationState,publishedAt:r.publishedAt})},{header:l("colUpdated"),cell:r=>M(r.updatedAt)}]})]})}var $s=D(`
  query ContentAgreement($id: ID!) {
    agreement(id: $id) {
      id
      kind
      title
      purpose
      parties {
        id
        name
      }
      signedOn
      termStartOn
      termEndOn
      items
      merits {
        side
        description
      }
      status
      publicationState
      publishedAt
      slug
      url
      seoDescription
      shareImage {
        id
      }
      version
      updatedAt
      media {
        ...ContentMediaItem
      }
      customFields {
        ...ContentCustomFieldValue
      }
    }
  }
`),Ss=D(`
  mutation ContentAgreementCreate($input: AgreementInput!) {
    createAgreement(input: $input) {
      id
    }
  }
`),Ps=D(`
  mutation ContentAgreementUpdate($id: ID!, $input: AgreementInput!, $version: Int!) {
    updateAgreement(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),xs=D(`
  mutation ContentAgreementDelete($id: ID!) {
    deleteAgreement(id: $id)
  }
`),ws={...ke,custom:Ce,kind:"BUSINESS",title:"",purpose:"",parties:[],signedOn:"",termStartOn:"",termEndOn:"",items:"",merits:{CITY:"",PARTNER:""},status:"PLANNED"};function eo(t){return{...$e(t),customFields:ve(t.custom),kind:t.kind,title:t.title,purpose:t.purpose,partyIds:t.parties.map(n=>n.id),signedOn:H(t.signedOn),termStartOn:H(t.termStartOn),termEndOn:H(t.termEndOn),items:Qe(t.items,!0),merits:Ge(t.merits),status:t.status}}function ro({params:t}){let n=t.id==="new",i=N($s,{id:t.id??""},n),o=n?null:i.data?.agreement,r=ge({q:i,item:o,blank:ws,toForm:a=>({...Ie(a),custom:De(a.customFields),kind:a.kind,title:a.title,purpose:a.purpose,parties:a.parties.map(c=>({id:c.id,name:c.name})),signedOn:a.signedOn??"",termStartOn:a.termStartOn??"",termEndOn:a.termEndOn??"",items:a.items.join(`
`),merits:Je(a.merits),status:a.status}),create:async a=>(await w(Ss,{input:eo(a)})).createAgreement.id,update:(a,c)=>w(Ps,{id:t.id,input:eo(a),version:c}),path:a=>`/content/agreements/${a}`}),s=n?l("newAgreement"):l("editAgreement");if(!n&&!o)return e(T,{children:[e(ie,{title:s,list:"/content/agreements",listLabel:l("listAgreements")}),i.loading?e(j,{label:C("loading")}):e(S,{error:i.error,onRetry:()=>{i.reload()},retryLabel:C("retry")})]});let d=r.form;return e(T,{children:[e(ie,{title:s,list:"/content/agreements",listLabel:l("listAgreements"),children:o&&e("p",{class:"content-sub",children:l("version",{n:o.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:a=>{a.preventDefault(),r.save()},children:[e(B,{children:r.notice}),e(fe,{error:r.error,onReload:r.reload}),e(P,{label:l("name"),value:d.title,onInput:a=>r.set("title",a),required:!0,maxLength:200,testid:"field-title"}),e("div",{class:"content-pair",children:[e(_,{label:l("agreementKind"),value:d.kind,onChange:a=>r.set("kind",a),options:ue(to,a=>l(`ak${a}`))}),e(_,{label:l("agreementStatus"),value:d.status,onChange:a=>r.set("status",a),options:ue(no,a=>l(`as${a}`))})]}),e(Q,{label:l("purpose"),value:d.purpose,onInput:a=>r.set("purpose",a),rows:4}),e(Ze,{legend:l("parties"),value:d.parties,onChange:a=>r.set("parties",a)}),e(Q,{label:l("items"),value:d.items,onInput:a=>r.set("items",a),help:l("itemsHelp"),rows:5,testid:"field-items"}),e(Ae,{target:"AGREEMENT",value:d.custom,onChange:a=>r.set("custom",a)}),e(P,{label:l("signedOn"),type:"date",value:d.signedOn,onInput:a=>r.set("signedOn",a),help:J(d.signedOn),testid:"field-signed"}),e("div",{class:"content-pair",children:[e(P,{label:l("termStartOn"),type:"date",value:d.termStartOn,onInput:a=>r.set("termStartOn",a),help:J(d.termStartOn),testid:"field-term-start"}),e(P,{label:l("termEndOn"),type:"date",value:d.termEndOn,onInput:a=>r.set("termEndOn",a),help:J(d.termEndOn),testid:"field-term-end"})]}),e(Ye,{value:d.merits,onChange:a=>r.set("merits",a)}),e(Se,{form:d,set:(a,c)=>r.set(a,c),media:o?.media,url:o?.url}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:r.busy,"data-testid":"save",children:n?l("create"):l("saveDraft")})})]}),o?e("aside",{class:"content-side",children:[e(Pe,{id:o.id,title:o.title,state:o.publicationState,publishedAt:o.publishedAt,remove:a=>w(xs,{id:a}),onChanged:r.reload,onRestored:r.reload}),e(we,{contentId:o.id,media:o.media,onChanged:r.reload}),e(xe,{id:o.id,version:o.version,onRestored:r.reload})]}):e("p",{class:"help",children:l("mediaAfterCreate")})]})]})}var Ts=D(`
  query ContentAnnouncementList($first: Int, $after: String, $filter: AnnouncementFilter) {
    announcements(first: $first, after: $after, filter: $filter, orderBy: { field: PUBLISHED_AT, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          category
          publicationState
          publishedAt
          updatedAt
        }
      }
    }
  }
`);function ao(t){let n=Te({search:"",category:""}),i={search:H(n.filter.search),category:H(n.filter.category)},o=N(Ts,{first:ae,after:n.after,filter:i});return e(ye,{title:l("listAnnouncements"),newLabel:l("newAnnouncement"),newPath:"/content/announcements/new",onApply:n.apply,onClear:n.clear,filters:e(T,{children:[e(P,{label:l("search"),type:"search",value:n.draft.search,onInput:r=>n.setDraft({...n.draft,search:r}),help:l("searchHelp")}),e(P,{label:l("annCategory"),value:n.draft.category,onInput:r=>n.setDraft({...n.draft,category:r}),help:l("annCategoryHelp")})]}),children:[e(S,{error:o.error,onRetry:()=>{o.reload()},retryLabel:C("retry")}),o.loading&&!o.data&&e(j,{label:C("loading")}),e(ee,{caption:l("listAnnouncements"),testid:"announcement-list",page:o.data?.announcements,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:r=>r.id,pageSize:ae,columns:[{header:l("colTitle"),cell:r=>e("a",{href:q(`/content/announcements/${r.id}`),children:r.title})},{header:l("colCategory"),cell:r=>r.category||"—"},{header:l("colState"),cell:r=>e(be,{state:r.publicationState,publishedAt:r.publishedAt})},{header:l("colUpdated"),cell:r=>M(r.updatedAt)}]})]})}var Es=D(`
  query ContentAnnouncement($id: ID!) {
    announcement(id: $id) {
      id
      title
      body
      category
      publicationState
      publishedAt
      slug
      url
      seoDescription
      shareImage {
        id
      }
      version
      updatedAt
      media {
        ...ContentMediaItem
      }
      customFields {
        ...ContentCustomFieldValue
      }
    }
  }
`),Ns=D(`
  mutation ContentAnnouncementCreate($input: AnnouncementInput!) {
    createAnnouncement(input: $input) {
      id
    }
  }
`),_s=D(`
  mutation ContentAnnouncementUpdate($id: ID!, $input: AnnouncementInput!, $version: Int!) {
    updateAnnouncement(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),Fs=D(`
  mutation ContentAnnouncementDelete($id: ID!) {
    deleteAnnouncement(id: $id)
  }
`),Ms={...ke,title:"",body:"",category:"",custom:Ce};function oo(t){return{...$e(t),title:t.title,body:t.body,category:t.category,customFields:ve(t.custom)}}function so({params:t}){let n=t.id==="new",i=N(Es,{id:t.id??""},n),o=n?null:i.data?.announcement,r=ge({q:i,item:o,blank:Ms,toForm:a=>({...Ie(a),title:a.title,body:a.body,category:a.category,custom:De(a.customFields)}),create:async a=>(await w(Ns,{input:oo(a)})).createAnnouncement.id,update:(a,c)=>w(_s,{id:t.id,input:oo(a),version:c}),path:a=>`/content/announcements/${a}`}),s=n?l("newAnnouncement"):l("editAnnouncement");if(!n&&!o)return e(T,{children:[e(ie,{title:s,list:"/content/announcements",listLabel:l("listAnnouncements")}),i.loading?e(j,{label:C("loading")}):e(S,{error:i.error,onRetry:()=>{i.reload()},retryLabel:C("retry")})]});let d=r.form;return e(T,{children:[e(ie,{title:s,list:"/content/announcements",listLabel:l("listAnnouncements"),children:o&&e("p",{class:"content-sub",children:l("version",{n:o.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:a=>{a.preventDefault(),r.save()},children:[e(B,{children:r.notice}),e(fe,{error:r.error,onReload:r.reload}),e(P,{label:l("title"),value:d.title,onInput:a=>r.set("title",a),required:!0,maxLength:200,testid:"field-title"}),e(P,{label:l("annCategory"),value:d.category,onInput:a=>r.set("category",a),help:l("annCategoryHelp"),maxLength:50}),e(Q,{label:l("body"),value:d.body,onInput:a=>r.set("body",a),rows:10,testid:"field-body"}),e(Se,{form:d,set:(a,c)=>r.set(a,c),media:o?.media,url:o?.url}),e(Ae,{target:"ANNOUNCEMENT",value:d.custom,onChange:a=>r.set("custom",a)}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:r.busy,"data-testid":"save",children:n?l("create"):l("saveDraft")})})]}),o?e("aside",{class:"content-side",children:[e(Pe,{id:o.id,title:o.title,state:o.publicationState,publishedAt:o.publishedAt,remove:a=>w(Fs,{id:a}),onChanged:r.reload,onRestored:r.reload}),e(we,{contentId:o.id,media:o.media,onChanged:r.reload}),e(xe,{id:o.id,version:o.version,onRestored:r.reload})]}):e("p",{class:"help",children:l("mediaAfterCreate")})]})]})}var uo=["PARTNERSHIP","DEMONSTRATION","AGREEMENT","OTHER"],Rs=D(`
  query ContentCaseStudyList($first: Int, $after: String, $filter: CaseStudyFilter) {
    caseStudies(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          locality
          category
          startOn
          endOn
          publicationState
          publishedAt
          updatedAt
        }
      }
    }
  }
`);function po(t){let n=Te({search:"",category:"",locality:""}),i={search:H(n.filter.search),category:H(n.filter.category)??null,locality:H(n.filter.locality)},o=N(Rs,{first:ae,after:n.after,filter:i});return e(ye,{title:l("listCaseStudies"),newLabel:l("newCaseStudy"),newPath:"/content/case-studies/new",onApply:n.apply,onClear:n.clear,filters:e(T,{children:[e(P,{label:l("search"),type:"search",value:n.draft.search,onInput:r=>n.setDraft({...n.draft,search:r}),help:l("searchHelp")}),e(_,{label:l("category"),value:n.draft.category,onChange:r=>n.setDraft({...n.draft,category:r}),options:ue(uo,r=>l(`cat${r}`),l("any"))}),e(P,{label:l("locality"),value:n.draft.locality,onInput:r=>n.setDraft({...n.draft,locality:r})})]}),children:[e(S,{error:o.error,onRetry:()=>{o.reload()},retryLabel:C("retry")}),o.loading&&!o.data&&e(j,{label:C("loading")}),e(ee,{caption:l("listCaseStudies"),testid:"case-study-list",page:o.data?.caseStudies,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:r=>r.id,pageSize:ae,columns:[{header:l("colTitle"),cell:r=>e("a",{href:q(`/content/case-studies/${r.id}`),children:r.title})},{header:l("colLocality"),cell:r=>r.locality||"—"},{header:l("colCategory"),cell:r=>l(`cat${r.category}`)},{header:l("colPeriod"),cell:r=>r.startOn||r.endOn?`${J(r.startOn)} 〜 ${J(r.endOn)}`:"—"},{header:l("colState"),cell:r=>e(be,{state:r.publicationState,publishedAt:r.publishedAt})},{header:l("colUpdated"),cell:r=>M(r.updatedAt)}]})]})}var qs=D(`
  query ContentCaseStudy($id: ID!) {
    caseStudy(id: $id) {
      id
      title
      locality
      program
      category
      partners {
        id
        name
      }
      startOn
      endOn
      dateNote
      summary
      resources {
        side
        kind
        description
      }
      merits {
        side
        description
      }
      tags
      publicationState
      publishedAt
      slug
      url
      seoDescription
      shareImage {
        id
      }
      version
      updatedAt
      media {
        ...ContentMediaItem
      }
      customFields {
        ...ContentCustomFieldValue
      }
    }
  }
`),Os=D(`
  mutation ContentCaseStudyCreate($input: CaseStudyInput!) {
    createCaseStudy(input: $input) {
      id
    }
  }
`),Ls=D(`
  mutation ContentCaseStudyUpdate($id: ID!, $input: CaseStudyInput!, $version: Int!) {
    updateCaseStudy(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),Us=D(`
  mutation ContentCaseStudyDelete($id: ID!) {
    deleteCaseStudy(id: $id)
  }
`),js={...ke,custom:Ce,title:"",locality:"",program:"",category:"PARTNERSHIP",partners:[],startOn:"",endOn:"",dateNote:"",summary:"",resources:{},merits:{CITY:"",PARTNER:""},tags:""};function lo(t){return{...$e(t),customFields:ve(t.custom),title:t.title,locality:t.locality,program:t.program,category:t.category,partnerIds:t.partners.map(n=>n.id),startOn:H(t.startOn),endOn:H(t.endOn),dateNote:t.dateNote,summary:t.summary,resources:Mt(t.resources),merits:Ge(t.merits),tags:Qe(t.tags)}}function co({params:t}){let n=t.id==="new",i=N(qs,{id:t.id??""},n),o=n?null:i.data?.caseStudy,r=ge({q:i,item:o,blank:js,toForm:a=>({...Ie(a),custom:De(a.customFields),title:a.title,locality:a.locality,program:a.program,category:a.category,partners:a.partners.map(c=>({id:c.id,name:c.name})),startOn:a.startOn??"",endOn:a.endOn??"",dateNote:a.dateNote,summary:a.summary,resources:Ft(a.resources),merits:Je(a.merits),tags:a.tags.join("、")}),create:async a=>(await w(Os,{input:lo(a)})).createCaseStudy.id,update:(a,c)=>w(Ls,{id:t.id,input:lo(a),version:c}),path:a=>`/content/case-studies/${a}`}),s=n?l("newCaseStudy"):l("editCaseStudy");if(!n&&!o)return e(T,{children:[e(ie,{title:s,list:"/content/case-studies",listLabel:l("listCaseStudies")}),i.loading?e(j,{label:C("loading")}):e(S,{error:i.error,onRetry:()=>{i.reload()},retryLabel:C("retry")})]});let d=r.form;return e(T,{children:[e(ie,{title:s,list:"/content/case-studies",listLabel:l("listCaseStudies"),children:o&&e("p",{class:"content-sub",children:l("version",{n:o.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:a=>{a.preventDefault(),r.save()},children:[e(B,{children:r.notice}),e(fe,{error:r.error,onReload:r.reload}),e(P,{label:l("name"),value:d.title,onInput:a=>r.set("title",a),required:!0,maxLength:200,testid:"field-title"}),e("div",{class:"content-pair",children:[e(P,{label:l("locality"),value:d.locality,onInput:a=>r.set("locality",a),help:l("localityHelp"),maxLength:100,testid:"field-locality"}),e(P,{label:l("program"),value:d.program,onInput:a=>r.set("program",a),maxLength:100})]}),e(_,{label:l("category"),value:d.category,onChange:a=>r.set("category",a),options:ue(uo,a=>l(`cat${a}`)),testid:"field-category"}),e("div",{class:"content-pair",children:[e(P,{label:l("startOn"),type:"date",value:d.startOn,onInput:a=>r.set("startOn",a),help:J(d.startOn),testid:"field-start"}),e(P,{label:l("endOn"),type:"date",value:d.endOn,onInput:a=>r.set("endOn",a),help:J(d.endOn),testid:"field-end"})]}),e(P,{label:l("dateNote"),value:d.dateNote,onInput:a=>r.set("dateNote",a),help:l("dateNoteHelp"),maxLength:250}),e(Q,{label:l("summary"),value:d.summary,onInput:a=>r.set("summary",a),rows:6,testid:"field-summary"}),e(Ae,{target:"CASE_STUDY",value:d.custom,onChange:a=>r.set("custom",a)}),e(Ze,{legend:l("partners"),value:d.partners,onChange:a=>r.set("partners",a)}),e(Rt,{value:d.resources,onChange:a=>r.set("resources",a)}),e(Ye,{value:d.merits,onChange:a=>r.set("merits",a)}),e(P,{label:l("tags"),value:d.tags,onInput:a=>r.set("tags",a),help:l("tagsHelp")}),e(Se,{form:d,set:(a,c)=>r.set(a,c),media:o?.media,url:o?.url}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:r.busy,"data-testid":"save",children:n?l("create"):l("saveDraft")})})]}),o?e("aside",{class:"content-side",children:[e(Pe,{id:o.id,title:o.title,state:o.publicationState,publishedAt:o.publishedAt,remove:a=>w(Us,{id:a}),onChanged:r.reload,onRestored:r.reload}),e(we,{contentId:o.id,media:o.media,onChanged:r.reload}),e(xe,{id:o.id,version:o.version,onRestored:r.reload})]}):e("p",{class:"help",children:l("mediaAfterCreate")})]})]})}var Bs=D(`
  query ContentChallengeList($first: Int, $after: String, $filter: ChallengeFilter) {
    challenges(first: $first, after: $after, filter: $filter, orderBy: { field: TITLE, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          department {
            name
          }
          opensAt
          closesAt
          isOpen
          publicationState
          publishedAt
          updatedAt
        }
      }
    }
  }
`);function go(t){let n=Te({search:"",departmentId:"",isOpen:""}),i={search:H(n.filter.search),departmentId:H(n.filter.departmentId),isOpen:n.filter.isOpen===""?null:n.filter.isOpen==="true"},o=N(Bs,{first:ae,after:n.after,filter:i});return e(ye,{title:l("listChallenges"),newLabel:l("newChallenge"),newPath:"/content/challenges/new",onApply:n.apply,onClear:n.clear,filters:e(T,{children:[e(P,{label:l("search"),type:"search",value:n.draft.search,onInput:r=>n.setDraft({...n.draft,search:r}),help:l("searchHelp")}),e(Xe,{label:l("department"),value:n.draft.departmentId,onChange:r=>n.setDraft({...n.draft,departmentId:r}),noneLabel:l("any")}),e(_,{label:l("isOpen"),value:n.draft.isOpen,onChange:r=>n.setDraft({...n.draft,isOpen:r}),options:[{value:"",label:l("any")},{value:"true",label:l("open")},{value:"false",label:l("closed")}]})]}),children:[e(S,{error:o.error,onRetry:()=>{o.reload()},retryLabel:C("retry")}),o.loading&&!o.data&&e(j,{label:C("loading")}),e(ee,{caption:l("listChallenges"),testid:"challenge-list",page:o.data?.challenges,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:r=>r.id,pageSize:ae,columns:[{header:l("colTitle"),cell:r=>e("a",{href:q(`/content/challenges/${r.id}`),children:r.title})},{header:l("colDepartment"),cell:r=>r.department?.name??"—"},{header:l("colPeriod"),cell:r=>r.opensAt||r.closesAt?`${M(r.opensAt)} 〜 ${M(r.closesAt)}`:"—"},{header:l("colState"),cell:r=>e(be,{state:r.publicationState,publishedAt:r.publishedAt})},{header:l("colUpdated"),cell:r=>M(r.updatedAt)}]})]})}var Vs=D(`
  query ContentChallenge($id: ID!) {
    challenge(id: $id) {
      id
      title
      background
      desiredOutcome
      department {
        id
        name
      }
      tags
      opensAt
      closesAt
      isOpen
      publicationState
      publishedAt
      slug
      url
      seoDescription
      shareImage {
        id
      }
      version
      updatedAt
      media {
        ...ContentMediaItem
      }
      customFields {
        ...ContentCustomFieldValue
      }
    }
  }
`),Hs=D(`
  mutation ContentChallengeCreate($input: ChallengeInput!) {
    createChallenge(input: $input) {
      id
    }
  }
`),Ks=D(`
  mutation ContentChallengeUpdate($id: ID!, $input: ChallengeInput!, $version: Int!) {
    updateChallenge(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),Qs=D(`
  mutation ContentChallengeDelete($id: ID!) {
    deleteChallenge(id: $id)
  }
`),Ws={...ke,custom:Ce,title:"",background:"",desiredOutcome:"",departmentId:"",tags:"",opensAt:"",closesAt:""};function mo(t){return{...$e(t),customFields:ve(t.custom),title:t.title,background:t.background,desiredOutcome:t.desiredOutcome,departmentId:H(t.departmentId),tags:Qe(t.tags),opensAt:ze(t.opensAt),closesAt:ze(t.closesAt)}}function fo({params:t}){let n=t.id==="new",i=N(Vs,{id:t.id??""},n),o=n?null:i.data?.challenge,r=ge({q:i,item:o,blank:Ws,toForm:a=>({...Ie(a),custom:De(a.customFields),title:a.title,background:a.background,desiredOutcome:a.desiredOutcome,departmentId:a.department?.id??"",tags:a.tags.join("、"),opensAt:an(a.opensAt),closesAt:an(a.closesAt)}),create:async a=>(await w(Hs,{input:mo(a)})).createChallenge.id,update:(a,c)=>w(Ks,{id:t.id,input:mo(a),version:c}),path:a=>`/content/challenges/${a}`}),s=n?l("newChallenge"):l("editChallenge");if(!n&&!o)return e(T,{children:[e(ie,{title:s,list:"/content/challenges",listLabel:l("listChallenges")}),i.loading?e(j,{label:C("loading")}):e(S,{error:i.error,onRetry:()=>{i.reload()},retryLabel:C("retry")})]});let d=r.form;return e(T,{children:[e(ie,{title:s,list:"/content/challenges",listLabel:l("listChallenges"),children:o&&e("p",{class:"content-sub",children:l("version",{n:o.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:a=>{a.preventDefault(),r.save()},children:[e(B,{children:r.notice}),e(fe,{error:r.error,onReload:r.reload}),e(P,{label:l("title"),value:d.title,onInput:a=>r.set("title",a),required:!0,maxLength:200,testid:"field-title"}),e(Xe,{label:l("department"),value:d.departmentId,onChange:a=>r.set("departmentId",a),noneLabel:l("noDepartment"),testid:"field-department"}),e(Q,{label:l("background"),value:d.background,onInput:a=>r.set("background",a),rows:6}),e(Q,{label:l("desiredOutcome"),value:d.desiredOutcome,onInput:a=>r.set("desiredOutcome",a),rows:4}),e(Ae,{target:"CHALLENGE",value:d.custom,onChange:a=>r.set("custom",a)}),e(P,{label:l("tags"),value:d.tags,onInput:a=>r.set("tags",a),help:l("tagsHelp")}),e("div",{class:"content-pair",children:[e(P,{label:l("opensAt"),type:"datetime-local",value:d.opensAt,onInput:a=>r.set("opensAt",a),help:M(ze(d.opensAt))}),e(P,{label:l("closesAt"),type:"datetime-local",value:d.closesAt,onInput:a=>r.set("closesAt",a),help:M(ze(d.closesAt))})]}),e(Se,{form:d,set:(a,c)=>r.set(a,c),media:o?.media,url:o?.url}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:r.busy,"data-testid":"save",children:n?l("create"):l("saveDraft")})})]}),o?e("aside",{class:"content-side",children:[e(Pe,{id:o.id,title:o.title,state:o.publicationState,publishedAt:o.publishedAt,remove:a=>w(Qs,{id:a}),onChanged:r.reload,onRestored:r.reload}),e(we,{contentId:o.id,media:o.media,onChanged:r.reload}),e(xe,{id:o.id,version:o.version,onRestored:r.reload})]}):e("p",{class:"help",children:l("mediaAfterCreate")})]})]})}var zs=D(`
  query ContentMethodList($first: Int, $after: String) {
    collaborationMethods(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          key
          name
          position
        }
      }
    }
  }
`);function ho(t){let[n,i]=y(null),o=N(zs,{first:ae,after:n});return e(ye,{title:l("listMethods"),newLabel:l("newMethod"),newPath:"/content/methods/new",children:[e(S,{error:o.error,onRetry:()=>{o.reload()},retryLabel:C("retry")}),o.loading&&!o.data&&e(j,{label:C("loading")}),e(ee,{caption:l("listMethods"),testid:"method-list",page:o.data?.collaborationMethods,after:n,onAfter:i,resetKey:"",rowKey:r=>r.id,pageSize:ae,columns:[{header:l("colPosition"),cell:r=>r.position},{header:l("colName"),cell:r=>e("a",{href:q(`/content/methods/${r.id}`),children:r.name})},{header:l("colKey"),cell:r=>e("code",{children:r.key})}]})]})}var Js=D(`
  query ContentMethod($id: ID!) {
    collaborationMethod(id: $id) {
      id
      key
      name
      description
      position
      version
    }
  }
`),Gs=D(`
  mutation ContentMethodCreate($input: CollaborationMethodInput!) {
    createCollaborationMethod(input: $input) {
      id
    }
  }
`),Ys=D(`
  mutation ContentMethodUpdate($id: ID!, $input: CollaborationMethodInput!, $version: Int!) {
    updateCollaborationMethod(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),Xs=D(`
  mutation ContentMethodDelete($id: ID!) {
    deleteCollaborationMethod(id: $id)
  }
`),Zs=D(`
  mutation ContentMethodRestore($id: ID!) {
    restoreDeleted(id: $id) {
      id
    }
  }
`),el={key:"",name:"",description:"",position:"0"};function yo(t){let n=Number.parseInt(t.position,10);return{key:t.key,name:t.name,description:t.description,position:Number.isFinite(n)?n:0}}function bo({params:t}){let n=t.id==="new",i=N(Js,{id:t.id??""},n),o=n?null:i.data?.collaborationMethod,r=ge({q:i,item:o,blank:el,toForm:h=>({key:h.key,name:h.name,description:h.description,position:String(h.position)}),create:async h=>(await w(Gs,{input:yo(h)})).createCollaborationMethod.id,update:(h,u)=>w(Ys,{id:t.id,input:yo(h),version:u}),path:h=>`/content/methods/${h}`}),[s,d]=y(!1),[a,c]=y(!1),m=L(async h=>{if(h){await w(Zs,{id:t.id}),c(!1),r.setNotice(l("restored")),r.reload();return}await w(Xs,{id:t.id}),d(!1),c(!0),r.setNotice(l("deleted",{title:o?.name??""}))}),p=n?l("newMethod"):l("editMethod");if(a)return e(T,{children:[e(ie,{title:p,list:"/content/methods",listLabel:l("listMethods")}),e(B,{children:r.notice}),e(S,{error:m.error}),e($,{variant:"primary",busy:m.busy,onClick:()=>{m.run(!0)},"data-testid":"restore-deleted",children:l("restoreDeleted")})]});if(!n&&!o)return e(T,{children:[e(ie,{title:p,list:"/content/methods",listLabel:l("listMethods")}),i.loading?e(j,{label:C("loading")}):e(S,{error:i.error,onRetry:()=>{i.reload()},retryLabel:C("retry")})]});let v=r.form;return e(T,{children:[e(ie,{title:p,list:"/content/methods",listLabel:l("listMethods"),children:o&&e("p",{class:"content-sub",children:l("version",{n:o.version})})}),e("form",{class:"content-form",onSubmit:h=>{h.preventDefault(),r.save()},children:[e(B,{children:r.notice}),e(fe,{error:r.error,onReload:r.reload}),e(S,{error:m.error}),e(P,{label:l("name"),value:v.name,onInput:h=>r.set("name",h),required:!0,maxLength:200,testid:"field-title"}),e(P,{label:l("methodKey"),value:v.key,onInput:h=>r.set("key",h),help:l("methodKeyHelp"),required:!0,maxLength:50}),e(Q,{label:l("description"),value:v.description,onInput:h=>r.set("description",h),rows:6}),e(P,{label:l("position"),type:"number",value:v.position,onInput:h=>r.set("position",h)}),e("div",{class:"actions",children:[e($,{type:"submit",variant:"primary",busy:r.busy,"data-testid":"save",children:n?l("create"):l("saveDraft")}),o&&e($,{variant:"danger",onClick:()=>d(!0),"data-testid":"delete",children:l("delete")})]})]}),e(oe,{open:s,title:l("confirmDelete"),confirmLabel:l("delete"),danger:!0,busy:m.busy,onConfirm:()=>{m.run(!1)},onCancel:()=>d(!1),children:e("p",{children:l("confirmDeleteBody",{title:o?.name??""})})})]})}var tl=D(`
  query ContentPreview($token: String!) {
    preview(token: $token) {
      __typename
      id
      ... on Challenge {
        title
        background
        desiredOutcome
        department {
          name
        }
        tags
        opensAt
        closesAt
        media {
          ...ContentMediaItem
        }
      }
      ... on CaseStudy {
        title
        locality
        program
        caseCategory: category
        startOn
        endOn
        dateNote
        summary
        partners {
          name
        }
        resources {
          side
          kind
          description
        }
        merits {
          side
          description
        }
        tags
        media {
          ...ContentMediaItem
        }
      }
      ... on Agreement {
        title
        agreementKind: kind
        purpose
        parties {
          name
        }
        signedOn
        termStartOn
        termEndOn
        items
        merits {
          side
          description
        }
        agreementStatus: status
        media {
          ...ContentMediaItem
        }
      }
      ... on Project {
        title
        projectKind: kind
        summary
        startOn
        endOn
        site
        leadDepartment {
          name
        }
        partners {
          name
        }
        resources {
          side
          kind
          description
        }
        merits {
          side
          description
        }
        projectStatus: status
        media {
          ...ContentMediaItem
        }
      }
      ... on Announcement {
        title
        body
        category
        media {
          ...ContentMediaItem
        }
      }
    }
  }
`);async function nl(t){let n={"Content-Type":"application/json",Accept:"application/graphql-response+json, application/json"},i=He();i&&(n.Authorization=`Bearer ${i}`);let o;try{o=await fetch(Zt("graphql"),{method:"POST",headers:n,credentials:"omit",cache:"no-store",body:JSON.stringify({query:tl.toString(),variables:{token:t}})})}catch{throw new Y("NETWORK","")}let r=await o.json().catch(()=>({}));if(r.errors?.length){let s=r.errors[0].extensions?.code;throw new Y(s==="UNAUTHENTICATED"||s==="NOT_FOUND"?"NOT_FOUND":"INTERNAL",r.errors[0].message)}if(!r.data)throw new Y("UNAVAILABLE",`HTTP ${o.status}`);return r.data}function et({text:t}){return t?e(T,{children:t.split(/\n{2,}/).map((n,i)=>e("p",{class:"content-pre",children:n},i))}):e("p",{class:"muted",children:"—"})}function G({label:t,value:n}){return e("div",{children:[e("dt",{children:t}),e("dd",{children:n||"—"})]})}function Co({rs:t}){return e("div",{class:"table-wrap",children:e("table",{class:"table matrix",children:[e("caption",{children:l("resources")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:l("kindCol")}),_e.map(n=>e("th",{scope:"col",children:l(`side${n}`)},n))]})}),e("tbody",{children:_t.map(n=>e("tr",{children:[e("th",{scope:"row",children:l(`res${n}`)}),_e.map(i=>e("td",{class:"content-pre",children:t.filter(o=>o.side===i&&o.kind===n).map(o=>o.description).join(`
`)||"—"},i))]},n))})]})})}function ln({ms:t}){return e(T,{children:[e("h2",{children:l("merits")}),_e.map(n=>e("div",{children:[e("h3",{children:l("meritFor",{side:l(`side${n}`)})}),e("ul",{children:t.filter(i=>i.side===n).map((i,o)=>e("li",{children:i.description},o))})]},n))]})}function ct({media:t}){return t.length===0?null:e(T,{children:[e("h2",{children:l("secMedia")}),e("ul",{children:t.map(n=>e("li",{children:[n.fileName,"（",sn(n.size),"）",n.alt?`: ${n.alt}`:""]},n.id))})]})}function il({n:t}){switch(t.__typename){case"Challenge":return e(T,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(G,{label:l("department"),value:t.department?.name}),e(G,{label:l("opensAt"),value:M(t.opensAt)}),e(G,{label:l("closesAt"),value:M(t.closesAt)}),e(G,{label:l("tags"),value:t.tags.join("、")})]}),e("h2",{children:l("background")}),e(et,{text:t.background}),e("h2",{children:l("desiredOutcome")}),e(et,{text:t.desiredOutcome}),e(ct,{media:t.media})]});case"CaseStudy":return e(T,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(G,{label:l("locality"),value:t.locality}),e(G,{label:l("program"),value:t.program}),e(G,{label:l("category"),value:l(`cat${t.caseCategory}`)}),e(G,{label:l("startOn"),value:J(t.startOn)}),e(G,{label:l("endOn"),value:J(t.endOn)}),e(G,{label:l("dateNote"),value:t.dateNote}),e(G,{label:l("partners"),value:t.partners.map(n=>n.name).join("、")}),e(G,{label:l("tags"),value:t.tags.join("、")})]}),e("h2",{children:l("summary")}),e(et,{text:t.summary}),e(Co,{rs:t.resources}),e(ln,{ms:t.merits}),e(ct,{media:t.media})]});case"Agreement":return e(T,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(G,{label:l("agreementKind"),value:l(`ak${t.agreementKind}`)}),e(G,{label:l("agreementStatus"),value:l(`as${t.agreementStatus}`)}),e(G,{label:l("parties"),value:t.parties.map(n=>n.name).join("、")}),e(G,{label:l("signedOn"),value:J(t.signedOn)}),e(G,{label:l("termStartOn"),value:J(t.termStartOn)}),e(G,{label:l("termEndOn"),value:J(t.termEndOn)})]}),e("h2",{children:l("purpose")}),e(et,{text:t.purpose}),e("h2",{children:l("items")}),e("ul",{children:t.items.map((n,i)=>e("li",{children:n},i))}),e(ln,{ms:t.merits}),e(ct,{media:t.media})]});case"Project":return e(T,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(G,{label:l("projectKind"),value:l(`pk${t.projectKind}`)}),e(G,{label:l("projectStatus"),value:l(`ps${t.projectStatus}`)}),e(G,{label:l("leadDepartment"),value:t.leadDepartment?.name}),e(G,{label:l("startOn"),value:J(t.startOn)}),e(G,{label:l("endOn"),value:J(t.endOn)}),e(G,{label:l("site"),value:t.site}),e(G,{label:l("partners"),value:t.partners.map(n=>n.name).join("、")})]}),e("h2",{children:l("summary")}),e(et,{text:t.summary}),e(Co,{rs:t.resources}),e(ln,{ms:t.merits}),e(ct,{media:t.media})]});case"Announcement":return e(T,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:e(G,{label:l("annCategory"),value:t.category})}),e(et,{text:t.body}),e(ct,{media:t.media})]});default:return e("h1",{children:l("previewTitle")})}}function Do({params:t}){let n=t.token??"",[i,o]=y(null),[r,s]=y(null);return Z(()=>{let d=!0;return o(null),s(null),nl(n).then(a=>d&&o(a),a=>d&&s(a instanceof Y?a:new Y("INTERNAL",String(a)))),()=>{d=!1}},[n]),r?e(T,{children:[e("h1",{children:l("previewTitle")}),r.code==="NOT_FOUND"?e("p",{role:"alert",children:l("previewGone")}):e(S,{error:r})]}):i?i.preview?e("article",{class:"content-preview","data-testid":"preview",children:[e("p",{children:[e(U,{tone:"warning",icon:"◎",children:l("previewTitle")})," ",l("previewNote")]}),e(il,{n:i.preview})]}):e(T,{children:[e("h1",{children:l("previewTitle")}),e("p",{role:"alert",children:l("previewGone")})]}):e(j,{label:C("loading")})}var Ao=["PARTNERSHIP","DEMONSTRATION"],ko=["PLANNED","ONGOING","COMPLETED","CANCELLED"],rl=D(`
  query ContentProjectList($first: Int, $after: String, $filter: ProjectFilter) {
    projects(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          kind
          status
          startOn
          endOn
          leadDepartment {
            name
          }
          publicationState
          publishedAt
          updatedAt
        }
      }
    }
  }
`);function Io(t){let n=Te({search:"",kind:"",status:"",departmentId:""}),i={search:H(n.filter.search),kind:H(n.filter.kind),status:H(n.filter.status),departmentId:H(n.filter.departmentId)},o=N(rl,{first:ae,after:n.after,filter:i});return e(ye,{title:l("listProjects"),newLabel:l("newProject"),newPath:"/content/projects/new",onApply:n.apply,onClear:n.clear,filters:e(T,{children:[e(P,{label:l("search"),type:"search",value:n.draft.search,onInput:r=>n.setDraft({...n.draft,search:r}),help:l("searchHelp")}),e(_,{label:l("projectKind"),value:n.draft.kind,onChange:r=>n.setDraft({...n.draft,kind:r}),options:ue(Ao,r=>l(`pk${r}`),l("any"))}),e(_,{label:l("projectStatus"),value:n.draft.status,onChange:r=>n.setDraft({...n.draft,status:r}),options:ue(ko,r=>l(`ps${r}`),l("any"))}),e(Xe,{label:l("leadDepartment"),value:n.draft.departmentId,onChange:r=>n.setDraft({...n.draft,departmentId:r}),noneLabel:l("any")})]}),children:[e(S,{error:o.error,onRetry:()=>{o.reload()},retryLabel:C("retry")}),o.loading&&!o.data&&e(j,{label:C("loading")}),e(ee,{caption:l("listProjects"),testid:"project-list",page:o.data?.projects,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:r=>r.id,pageSize:ae,columns:[{header:l("colTitle"),cell:r=>e("a",{href:q(`/content/projects/${r.id}`),children:r.title})},{header:l("colKind"),cell:r=>l(`pk${r.kind}`)},{header:l("colDepartment"),cell:r=>r.leadDepartment?.name??"—"},{header:l("colPeriod"),cell:r=>r.startOn||r.endOn?`${J(r.startOn)} 〜 ${J(r.endOn)}`:"—"},{header:l("colStatus"),cell:r=>l(`ps${r.status}`)},{header:l("colState"),cell:r=>e(be,{state:r.publicationState,publishedAt:r.publishedAt})},{header:l("colUpdated"),cell:r=>M(r.updatedAt)}]})]})}var ol=D(`
  query ContentProject($id: ID!) {
    project(id: $id) {
      id
      kind
      title
      summary
      startOn
      endOn
      site
      leadDepartment {
        id
        name
      }
      partners {
        id
        name
      }
      resources {
        side
        kind
        description
      }
      merits {
        side
        description
      }
      status
      agreement {
        id
        title
      }
      publicationState
      publishedAt
      slug
      url
      seoDescription
      shareImage {
        id
      }
      version
      updatedAt
      media {
        ...ContentMediaItem
      }
      customFields {
        ...ContentCustomFieldValue
      }
    }
  }
`),al=D(`
  query ContentProjectAgreements {
    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`),sl=D(`
  mutation ContentProjectCreate($input: ProjectInput!) {
    createProject(input: $input) {
      id
    }
  }
`),ll=D(`
  mutation ContentProjectUpdate($id: ID!, $input: ProjectInput!, $version: Int!) {
    updateProject(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),dl=D(`
  mutation ContentProjectDelete($id: ID!) {
    deleteProject(id: $id)
  }
`),ul={...ke,custom:Ce,kind:"PARTNERSHIP",title:"",summary:"",startOn:"",endOn:"",site:"",leadDepartmentId:"",partners:[],resources:{},merits:{CITY:"",PARTNER:""},status:"PLANNED",agreementId:""};function vo(t){return{...$e(t),customFields:ve(t.custom),kind:t.kind,title:t.title,summary:t.summary,startOn:H(t.startOn),endOn:H(t.endOn),site:t.site,leadDepartmentId:H(t.leadDepartmentId),partnerIds:t.partners.map(n=>n.id),resources:Mt(t.resources),merits:Ge(t.merits),status:t.status,agreementId:H(t.agreementId)}}function $o({params:t}){let n=t.id==="new",i=N(ol,{id:t.id??""},n),o=N(al,{}),r=n?null:i.data?.project,s=ge({q:i,item:r,blank:ul,toForm:m=>({...Ie(m),custom:De(m.customFields),kind:m.kind,title:m.title,summary:m.summary,startOn:m.startOn??"",endOn:m.endOn??"",site:m.site,leadDepartmentId:m.leadDepartment?.id??"",partners:m.partners.map(p=>({id:p.id,name:p.name})),resources:Ft(m.resources),merits:Je(m.merits),status:m.status,agreementId:m.agreement?.id??""}),create:async m=>(await w(sl,{input:vo(m)})).createProject.id,update:(m,p)=>w(ll,{id:t.id,input:vo(m),version:p}),path:m=>`/content/projects/${m}`}),d=n?l("newProject"):l("editProject");if(!n&&!r)return e(T,{children:[e(ie,{title:d,list:"/content/projects",listLabel:l("listProjects")}),i.loading?e(j,{label:C("loading")}):e(S,{error:i.error,onRetry:()=>{i.reload()},retryLabel:C("retry")})]});let a=s.form,c=[{value:"",label:l("noAgreement")},...(o.data?.agreements.edges??[]).map(m=>({value:m.node.id,label:m.node.title}))];return r?.agreement&&!c.some(m=>m.value===r.agreement.id)&&c.push({value:r.agreement.id,label:r.agreement.title}),e(T,{children:[e(ie,{title:d,list:"/content/projects",listLabel:l("listProjects"),children:r&&e("p",{class:"content-sub",children:l("version",{n:r.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:m=>{m.preventDefault(),s.save()},children:[e(B,{children:s.notice}),e(fe,{error:s.error,onReload:s.reload}),e(P,{label:l("name"),value:a.title,onInput:m=>s.set("title",m),required:!0,maxLength:200,testid:"field-title"}),e("div",{class:"content-pair",children:[e(_,{label:l("projectKind"),value:a.kind,onChange:m=>s.set("kind",m),options:ue(Ao,m=>l(`pk${m}`))}),e(_,{label:l("projectStatus"),value:a.status,onChange:m=>s.set("status",m),options:ue(ko,m=>l(`ps${m}`))})]}),e(Xe,{label:l("leadDepartment"),value:a.leadDepartmentId,onChange:m=>s.set("leadDepartmentId",m),noneLabel:l("noDepartment"),testid:"field-department"}),e(Q,{label:l("summary"),value:a.summary,onInput:m=>s.set("summary",m),rows:6}),e(Ae,{target:"PROJECT",value:a.custom,onChange:m=>s.set("custom",m)}),e("div",{class:"content-pair",children:[e(P,{label:l("startOn"),type:"date",value:a.startOn,onInput:m=>s.set("startOn",m),help:J(a.startOn)}),e(P,{label:l("endOn"),type:"date",value:a.endOn,onInput:m=>s.set("endOn",m),help:J(a.endOn)})]}),e(P,{label:l("site"),value:a.site,onInput:m=>s.set("site",m)}),e(Ze,{legend:l("partners"),value:a.partners,onChange:m=>s.set("partners",m)}),e(Rt,{value:a.resources,onChange:m=>s.set("resources",m)}),e(Ye,{value:a.merits,onChange:m=>s.set("merits",m)}),e(_,{label:l("agreement"),value:a.agreementId,onChange:m=>s.set("agreementId",m),options:c}),e(Se,{form:a,set:(m,p)=>s.set(m,p),media:r?.media,url:r?.url}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:s.busy,"data-testid":"save",children:n?l("create"):l("saveDraft")})})]}),r?e("aside",{class:"content-side",children:[e(Pe,{id:r.id,title:r.title,state:r.publicationState,publishedAt:r.publishedAt,remove:m=>w(dl,{id:m}),onChanged:s.reload,onRestored:s.reload}),e(we,{contentId:r.id,media:r.media,onChanged:s.reload}),e(xe,{id:r.id,version:r.version,onRestored:s.reload})]}):e("p",{class:"help",children:l("mediaAfterCreate")})]})]})}var So=[{path:"/content/challenges/:id",component:fo,permission:{resource:"challenge",action:"write"}},{path:"/content/challenges",component:go,nav:{label:()=>l("navChallenges"),order:200},permission:{resource:"challenge",action:"write"}},{path:"/content/case-studies/:id",component:co,permission:{resource:"caseStudy",action:"write"}},{path:"/content/case-studies",component:po,nav:{label:()=>l("navCaseStudies"),order:210},permission:{resource:"caseStudy",action:"write"}},{path:"/content/agreements/:id",component:ro,permission:{resource:"agreement",action:"write"}},{path:"/content/agreements",component:io,nav:{label:()=>l("navAgreements"),order:220},permission:{resource:"agreement",action:"write"}},{path:"/content/projects/:id",component:$o,permission:{resource:"project",action:"write"}},{path:"/content/projects",component:Io,nav:{label:()=>l("navProjects"),order:230},permission:{resource:"project",action:"write"}},{path:"/content/announcements/:id",component:so,permission:{resource:"announcement",action:"write"}},{path:"/content/announcements",component:ao,nav:{label:()=>l("navAnnouncements"),order:240},permission:{resource:"announcement",action:"write"}},{path:"/content/methods/:id",component:bo,permission:{resource:"collaborationMethod",action:"write"}},{path:"/content/methods",component:ho,nav:{label:()=>l("navMethods"),order:250},permission:{resource:"collaborationMethod",action:"write"}},{path:"/preview/:token",component:Do,permission:{resource:"content",action:"preview"}}];var g=le({navInquiries:"お問い合わせ",navAccounts:"職員アカウント",navDepartments:"部署",navWebhooks:"Webhook（外部通知）",navAudit:"操作ログ",filters:"絞り込み",apply:"絞り込む",clearFilters:"条件をクリア",all:"すべて",actions:"操作",status:"状態",createdAt:"登録日時",done:"{what} を行いました。",loadingPerms:"権限を確認しています…",inquiriesTitle:"お問い合わせ",inquiriesCaption:"お問い合わせの一覧（新しい順）",inquiryStatus:"対応状況",inquiryOpen:"未対応",inquiryClosed:"対応済み",receivedAt:"受付日時",subject:"件名",sender:"差出人",affiliation:"所属",name:"氏名",email:"メールアドレス",phone:"電話番号",body:"内容",noAffiliation:"（所属なし）",inquiryTitle:"お問い合わせの詳細",backToInquiries:"お問い合わせの一覧へ戻る",closeInquiry:"対応済みにする",closeInquiryConfirm:"このお問い合わせを対応済みにしますか？",closeInquiryBody:"「{subject}」を対応済みにします。対応済みにしたお問い合わせは元に戻せません。",inquiryClosedNotice:"お問い合わせを対応済みにしました。",replyByMail:"メールで返信する",accountsTitle:"職員アカウント",accountsCaption:"アカウントの一覧",role:"役割",roleDESK:"公民連携デスク",roleDEPARTMENT:"事業担当課",rolePROPOSER:"提案者（事業者等）",roleADMIN:"システム運用者",search:"キーワード（氏名・メールアドレス）",displayName:"表示名（氏名）",belongsTo:"所属",accountActive:"有効",accountDisabled:"無効",disable:"無効にする",enable:"有効にする",disableConfirm:"{name} さんのアカウントを無効にしますか？",disableBody:"無効にすると、このアカウントではサインインできなくなります。あとで有効に戻せます。",enableConfirm:"{name} さんのアカウントを有効にしますか？",enableBody:"有効にすると、このアカウントで再びサインインできるようになります。",cannotToggle:"このアカウントは変更できません。",disabledNotice:"{name} さんのアカウントを無効にしました。",enabledNotice:"{name} さんのアカウントを有効にしました。",newStaff:"職員アカウントを作成",newStaffTitle:"職員アカウントの作成",staffRole:"役割",department:"所属部署",departmentNone:"（選択してください）",departmentHelp:"事業担当課の職員は所属部署が必須です。",initialPassword:"初期パスワード",initialPasswordHelp:"10文字以上。ご本人に安全な方法で伝え、サインイン後に変更してもらってください。",create:"作成する",createdStaffNotice:"{name} さんの職員アカウントを作成しました。",departmentsTitle:"部署",departmentTree:"部署の構成",kind:"階層",kindBUREAU:"局",kindDIVISION:"部",kindSECTION:"課",newDepartment:"部署の追加",deptName:"部署名",parent:"上位の部署",parentTop:"（最上位）",position:"並び順",positionHelp:"同じ上位部署の中で小さい数字ほど先に並びます（省略可）。",add:"追加する",addedDeptNotice:"部署「{name}」を追加しました。",editDepartment:"「{name}」の変更",selectToEdit:"変更する部署を一覧から選んでください。",edit:"変更",rename:"名称・階層を保存",savedDeptNotice:"部署「{name}」を保存しました。",move:"移動する",moveTo:"移動先（上位の部署）",moveHelp:"自分自身やその下位の部署の下には移動できません。最上位へは移動できません。",movedDeptNotice:"部署「{name}」を移動しました。",deleteDept:"削除する",deleteDeptConfirm:"部署「{name}」を削除しますか？",deleteDeptBody:"下位の部署・職員・コンテンツ・提案の担当がある部署は削除できません。",deletedDeptNotice:"部署「{name}」を削除しました。",deptInUse:"この部署は使われているため削除できません。下位の部署・職員・コンテンツ・提案の担当を先に移してください。",noDepartments:"部署はまだありません。",webhooksTitle:"Webhook（外部通知）",webhooksIntro:"コンテンツの公開などを、登録したURLへ自動で知らせます（オープンデータのサイトや庁内システム向け）。",webhooksCaption:"登録済みの送信先",url:"送信先URL",urlHelp:"http:// または https:// で始まるURL。",events:"通知する出来事",eventCONTENT_PUBLISHED:"公開（予約公開を含む）",eventCONTENT_UNPUBLISHED:"公開の取り消し",eventCONTENT_ARCHIVED:"アーカイブ",eventCONTENT_CHANGED:"内容の変更（版の復元など）",active:"有効",inactive:"停止中",register:"登録する",newWebhook:"送信先の登録",secretOnce:"署名用の秘密鍵です。この画面を閉じると二度と表示されません。送信先のシステムに設定してください（本文の HMAC-SHA256 が X-Pppdesk-Signature ヘッダーで届きます）。",secret:"秘密鍵",registeredNotice:"送信先 {url} を登録しました。",deleteWebhook:"削除する",deleteWebhookConfirm:"送信先 {url} を削除しますか？",deleteWebhookBody:"削除すると、この送信先への通知は止まります。",deletedWebhookNotice:"送信先 {url} を削除しました。",deliveries:"送信ログ",deliveryLog:"送信ログを見る",webhookTitle:"送信先の詳細",backToWebhooks:"Webhook の一覧へ戻る",deliveriesCaption:"送信ログ（新しい順、最大{n}件）",event:"出来事",attempts:"試行回数",lastStatusCode:"最後の応答",lastError:"最後のエラー",queuedAt:"受付日時",nextAttemptAt:"次の試行",deliveredAt:"送信成功",deliveryPENDING:"送信待ち",deliveryDELIVERED:"送信済み",deliveryFAILED:"失敗",noResponse:"応答なし",showMore:"さらに表示",webhookMissing:"この送信先は見つかりません（削除された可能性があります）。",chooseEvent:"少なくとも一つ選んでください。",auditTitle:"操作ログ",auditIntro:"だれが、いつ、何を変更したかの記録です（新しい順）。",auditCaption:"操作ログ",at:"日時",actor:"操作した人",action:"操作",target:"対象",changes:"変更内容",system:"（システム・一般の方）",period:"期間",fromDate:"開始日",toDate:"終了日（この日を含む）",targetType:"対象の種類",onlyTarget:"対象 {id} の記録だけを表示しています。",showAllTargets:"すべての対象を表示",thisTargetOnly:"この対象の記録"},{navInquiries:"Inquiries",navAccounts:"Staff accounts",navDepartments:"Departments",navWebhooks:"Webhooks",navAudit:"Audit log",filters:"Filters",apply:"Filter",clearFilters:"Clear filters",all:"All",actions:"Actions",status:"Status",createdAt:"Created",done:"Done: {what}.",loadingPerms:"Checking your rights…",inquiriesTitle:"Inquiries",inquiriesCaption:"Inquiries, newest first",inquiryStatus:"Status",inquiryOpen:"Open",inquiryClosed:"Closed",receivedAt:"Received",subject:"Subject",sender:"From",affiliation:"Affiliation",name:"Name",email:"Email",phone:"Phone",body:"Message",noAffiliation:"(no affiliation)",inquiryTitle:"Inquiry",backToInquiries:"Back to inquiries",closeInquiry:"Mark as handled",closeInquiryConfirm:"Mark this inquiry as handled?",closeInquiryBody:'"{subject}" will be closed. A closed inquiry cannot be reopened.',inquiryClosedNotice:"The inquiry is closed.",replyByMail:"Reply by email",accountsTitle:"Staff accounts",accountsCaption:"Accounts",role:"Role",roleDESK:"PPP desk",roleDEPARTMENT:"Department",rolePROPOSER:"Proposer",roleADMIN:"Platform operator",search:"Keyword (name, email)",displayName:"Display name",belongsTo:"Belongs to",accountActive:"Active",accountDisabled:"Disabled",disable:"Disable",enable:"Enable",disableConfirm:"Disable the account of {name}?",disableBody:"A disabled account cannot sign in. You can enable it again later.",enableConfirm:"Enable the account of {name}?",enableBody:"The account will be able to sign in again.",cannotToggle:"This account cannot be changed.",disabledNotice:"Disabled the account of {name}.",enabledNotice:"Enabled the account of {name}.",newStaff:"Create a staff account",newStaffTitle:"New staff account",staffRole:"Role",department:"Department",departmentNone:"(choose)",departmentHelp:"Required for department staff.",initialPassword:"Initial password",initialPasswordHelp:"At least 10 characters. Tell it to the person safely and have them change it.",create:"Create",createdStaffNotice:"Created the staff account of {name}.",departmentsTitle:"Departments",departmentTree:"Department tree",kind:"Level",kindBUREAU:"Bureau",kindDIVISION:"Division",kindSECTION:"Section",newDepartment:"Add a department",deptName:"Name",parent:"Parent department",parentTop:"(top level)",position:"Position",positionHelp:"Smaller numbers come first among siblings (optional).",add:"Add",addedDeptNotice:'Added "{name}".',editDepartment:'Change "{name}"',selectToEdit:"Choose a department in the tree to change it.",edit:"Change",rename:"Save name and level",savedDeptNotice:'Saved "{name}".',move:"Move",moveTo:"Move under",moveHelp:"Not under itself or its own sub-departments; moving to the top level is not possible.",movedDeptNotice:'Moved "{name}".',deleteDept:"Delete",deleteDeptConfirm:'Delete "{name}"?',deleteDeptBody:"A department with sub-departments, staff, content or proposal assignments cannot be deleted.",deletedDeptNotice:'Deleted "{name}".',deptInUse:"This department is in use and cannot be deleted. Move its sub-departments, staff, content and proposal assignments first.",noDepartments:"No departments yet.",webhooksTitle:"Webhooks",webhooksIntro:"Tell registered URLs automatically when content is published and so on (open-data sites, internal systems).",webhooksCaption:"Registered endpoints",url:"Endpoint URL",urlHelp:"A URL starting with http:// or https://.",events:"Events",eventCONTENT_PUBLISHED:"Published (or scheduled)",eventCONTENT_UNPUBLISHED:"Unpublished",eventCONTENT_ARCHIVED:"Archived",eventCONTENT_CHANGED:"Changed (e.g. a revision restored)",active:"Active",inactive:"Stopped",register:"Register",newWebhook:"Register an endpoint",secretOnce:"The signing secret. It is shown only now: set it in the receiving system (the body's HMAC-SHA256 arrives in the X-Pppdesk-Signature header).",secret:"Secret",registeredNotice:"Registered {url}.",deleteWebhook:"Delete",deleteWebhookConfirm:"Delete the endpoint {url}?",deleteWebhookBody:"Deliveries to this endpoint stop.",deletedWebhookNotice:"Deleted {url}.",deliveries:"Delivery log",deliveryLog:"Delivery log",webhookTitle:"Webhook endpoint",backToWebhooks:"Back to webhooks",deliveriesCaption:"Deliveries, newest first (up to {n})",event:"Event",attempts:"Attempts",lastStatusCode:"Last response",lastError:"Last error",queuedAt:"Queued",nextAttemptAt:"Next attempt",deliveredAt:"Delivered",deliveryPENDING:"Pending",deliveryDELIVERED:"Delivered",deliveryFAILED:"Failed",noResponse:"none",showMore:"Show more",webhookMissing:"This endpoint no longer exists.",chooseEvent:"Choose at least one.",auditTitle:"Audit log",auditIntro:"Who changed what, and when (newest first).",auditCaption:"Audit log",at:"When",actor:"Who",action:"Action",target:"Target",changes:"Changes",system:"(system or the public)",period:"Period",fromDate:"From",toDate:"To (inclusive)",targetType:"Target type",onlyTarget:"Showing the entries of target {id} only.",showAllTargets:"Show all targets",thisTargetOnly:"Entries of this target"});function Oe(){let t=me();return(n,i)=>re(t,{resource:n,action:i})}function tt(t){let[n,i]=y({key:t,after:null});return[n.key===t?n.after:null,o=>i({key:t,after:o})]}function nt(t){let n=new Set(t.map(a=>a.id)),i=new Map,o=[];for(let a of t){let c=a.parent?.id;c&&n.has(c)&&c!==a.id?i.set(c,[...i.get(c)??[],a]):o.push(a)}let r=new Set,s=(a,c)=>{if(r.has(a.id))return null;r.add(a.id);let m=(i.get(a.id)??[]).map(p=>s(p,c+1)).filter(p=>p!==null);return{dept:a,depth:c,children:m}},d=o.map(a=>s(a,0)).filter(a=>a!==null);for(let a of t){let c=r.has(a.id)?null:s(a,0);c&&d.push(c)}return d}function it(t){return t.flatMap(n=>[n,...it(n.children)])}function mt(t,n){return`${"　".repeat(n)}${n>0?"└ ":""}${t}`}function Po(t,n){let i=new Set([n]),o=!0;for(;o;){o=!1;for(let r of t){let s=r.parent?.id;s&&i.has(s)&&!i.has(r.id)&&(i.add(r.id),o=!0)}}return i}var pl=D(`
  query DeskUsers($first: Int, $after: String, $filter: UserFilter) {
    users(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          displayName
          email
          role
          disabled
          createdAt
          department {
            id
            name
          }
          organization {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`),cl=D(`
  query DeskAccountDepartments {
    municipality {
      id
      departments {
        id
        name
        parent {
          id
        }
      }
    }
  }
`),ml=D(`
  mutation DeskCreateStaff($input: StaffAccountInput!) {
    createStaffAccount(input: $input) {
      id
      displayName
    }
  }
`),gl=D(`
  mutation DeskDisableAccount($id: ID!) {
    disableAccount(id: $id) {
      id
      disabled
    }
  }
`),fl=D(`
  mutation DeskEnableAccount($id: ID!) {
    enableAccount(id: $id) {
      id
      disabled
    }
  }
`),xo=20,wo=["DESK","DEPARTMENT","PROPOSER","ADMIN"];function gt(t){return g(`role${t}`)}function yl(t){return wo.includes(t)?t:null}function To({query:t}){let n=yl(t.get("role")),i=t.get("q")??"",o=`${n}|${i}`,[r,s]=tt(o),d=o,[a,c]=y(i),[m,p]=y(""),[v,h]=y(!1),[u,b]=y(null),A=Oe(),k=me().me,O=N(pl,{first:xo,after:r,filter:{role:n,search:i||null}}),R=L(async x=>{x.disable?await w(gl,{id:x.id}):await w(fl,{id:x.id}),b(null),p(g(x.disable?"disabledNotice":"enabledNotice",{name:x.name})),await O.reload()}),F=(x,he)=>de("/desk/accounts",{role:x||void 0,q:he.trim()||void 0});return e("section",{children:[e("h1",{children:g("accountsTitle")}),e(B,{children:m}),A("account","createStaff")&&!v&&e("div",{class:"actions",children:e($,{variant:"primary",onClick:()=>h(!0),"data-testid":"staff-new",children:g("newStaff")})}),v&&e(hl,{onDone:x=>{h(!1),p(g("createdStaffNotice",{name:x})),O.reload()},onCancel:()=>h(!1)}),e("form",{class:"desk-filters",role:"search","aria-label":g("filters"),onSubmit:x=>{x.preventDefault(),F(n??"",a)},children:[e(_,{label:g("role"),value:n??"",testid:"account-role",onChange:x=>F(x,a),options:[{value:"",label:g("all")},...wo.map(x=>({value:x,label:gt(x)}))]}),e(P,{label:g("search"),type:"search",value:a,onInput:c,testid:"account-search"}),e("div",{class:"desk-filter-buttons",children:[e($,{type:"submit",children:g("apply")}),(n||i)&&e($,{variant:"link",onClick:()=>{c(""),F("","")},children:g("clearFilters")})]})]}),e(S,{error:O.error,onRetry:()=>{O.reload()},retryLabel:C("retry")}),e(ee,{caption:g("accountsCaption"),testid:"accounts",page:O.data?.users,after:r,onAfter:s,resetKey:d,pageSize:xo,rowKey:x=>x.id,columns:[{header:g("displayName"),cell:x=>x.displayName},{header:g("email"),cell:x=>x.email??"—"},{header:g("role"),cell:x=>gt(x.role),class:"desk-nowrap"},{header:g("belongsTo"),cell:x=>x.department?.name??x.organization?.name??"—"},{header:g("status"),cell:x=>x.disabled?e(U,{tone:"danger",icon:"×",children:g("accountDisabled")}):e(U,{tone:"success",icon:"✓",children:g("accountActive")})},{header:g("createdAt"),cell:x=>M(x.createdAt),class:"desk-nowrap"},{header:g("actions"),cell:x=>A("account","disable")&&x.id!==k.id?e($,{variant:x.disabled?"secondary":"danger","aria-label":`${g(x.disabled?"enable":"disable")}: ${x.displayName}`,"data-testid":`account-toggle-${x.id}`,onClick:()=>b({id:x.id,name:x.displayName,disable:!x.disabled}),children:g(x.disabled?"enable":"disable")}):null,class:"desk-nowrap"}]}),e(oe,{open:u!==null,title:u?g(u.disable?"disableConfirm":"enableConfirm",{name:u.name}):"",confirmLabel:u?g(u.disable?"disable":"enable"):void 0,danger:u?.disable,busy:R.busy,onConfirm:()=>u&&void R.run(u),onCancel:()=>{R.clear(),b(null)},children:[e("p",{children:u?g(u.disable?"disableBody":"enableBody"):""}),R.error?.code==="CONFLICT"?e("p",{class:"field-error",role:"alert",children:[g("cannotToggle")," ",C("serverSays",{msg:R.error.serverMessage})]}):e(S,{error:R.error})]})]})}function hl({onDone:t,onCancel:n}){let i=N(cl,{}),[o,r]=y(""),[s,d]=y(""),[a,c]=y("DEPARTMENT"),[m,p]=y(""),[v,h]=y(""),u=L(async()=>{let k=await w(ml,{input:{email:o,displayName:s,role:a,departmentId:m||null,password:v}});t(k.createStaffAccount.displayName)}),b=k=>u.error?.field===`input.${k}`?u.error.clerkMessage():void 0,A=it(nt(i.data?.municipality.departments??[]));return e("form",{class:"desk-panel","aria-labelledby":"staff-form-title",onSubmit:k=>{k.preventDefault(),u.run()},children:[e("h2",{id:"staff-form-title",children:g("newStaffTitle")}),e(S,{error:i.error}),e(_,{label:g("staffRole"),required:!0,value:a,testid:"staff-role",onChange:k=>c(k),options:["DEPARTMENT","DESK"].map(k=>({value:k,label:gt(k)}))}),e(_,{label:g("department"),required:a==="DEPARTMENT",help:g("departmentHelp"),error:b("departmentId"),value:m,testid:"staff-department",onChange:p,options:[{value:"",label:g("departmentNone")},...A.map(k=>({value:k.dept.id,label:mt(k.dept.name,k.depth)}))]}),e(P,{label:g("displayName"),required:!0,value:s,onInput:d,error:b("displayName"),testid:"staff-name",autocomplete:"off"}),e(P,{label:g("email"),type:"email",required:!0,value:o,onInput:r,error:b("email"),testid:"staff-email",autocomplete:"off"}),e(P,{label:g("initialPassword"),type:"password",required:!0,value:v,onInput:h,help:g("initialPasswordHelp"),error:b("password"),testid:"staff-password",autocomplete:"new-password"}),e(S,{error:u.error}),e("div",{class:"actions",children:[e($,{type:"submit",variant:"primary",busy:u.busy,"data-testid":"staff-create",children:g("create")}),e($,{onClick:n,children:C("cancel")})]})]})}var bl=D(`
  query DeskAuditLog($first: Int, $after: String, $filter: AuditFilter) {
    auditLog(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          actor {
            id
            displayName
          }
          action
          targetType
          targetId
          changes
          at
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`),Cl=D(`
  query DeskAuditActors {
    users(first: 100) {
      edges {
        node {
          id
          displayName
          role
        }
      }
    }
  }
`),Eo=50,Mo=[{value:"inquiry.",ja:"お問い合わせ（すべて）",en:"Inquiries (all)"},{value:"inquiry.submit",ja:"お問い合わせの受付",en:"Inquiry received"},{value:"inquiry.close",ja:"お問い合わせの対応済み",en:"Inquiry closed"},{value:"proposal.",ja:"提案（すべて）",en:"Proposals (all)"},{value:"proposal.assign",ja:"提案の担当課への依頼",en:"Proposal assigned"},{value:"proposal.respond",ja:"担当課の回答",en:"Department answered"},{value:"proposal.link",ja:"提案と事業・協定の結び付け",en:"Proposal linked"},{value:"proposal.message",ja:"対話・庁内メモの投稿",en:"Message posted"},{value:"content.",ja:"コンテンツ（すべて）",en:"Content (all)"},{value:"content.create",ja:"コンテンツの作成",en:"Content created"},{value:"content.update",ja:"コンテンツの更新",en:"Content updated"},{value:"content.delete",ja:"コンテンツの削除",en:"Content deleted"},{value:"content.published",ja:"公開",en:"Published"},{value:"content.draft",ja:"公開の取り消し",en:"Unpublished"},{value:"content.archived",ja:"アーカイブ",en:"Archived"},{value:"content.restore",ja:"版の復元",en:"Revision restored"},{value:"account.",ja:"アカウント（すべて）",en:"Accounts (all)"},{value:"account.createStaff",ja:"職員アカウントの作成",en:"Staff account created"},{value:"account.disable",ja:"アカウントの無効化",en:"Account disabled"},{value:"account.enable",ja:"アカウントの有効化",en:"Account enabled"},{value:"department.",ja:"部署（すべて）",en:"Departments (all)"},{value:"department.save",ja:"部署の追加・変更",en:"Department saved"},{value:"department.delete",ja:"部署の削除",en:"Department deleted"},{value:"organization.",ja:"事業者等（すべて）",en:"Organizations (all)"},{value:"webhook.",ja:"Webhook（すべて）",en:"Webhooks (all)"},{value:"webhook.register",ja:"Webhook の登録",en:"Webhook registered"},{value:"webhook.delete",ja:"Webhook の削除",en:"Webhook deleted"}],Ro=[{value:"Inquiry",ja:"お問い合わせ",en:"Inquiry"},{value:"Proposal",ja:"提案",en:"Proposal"},{value:"User",ja:"アカウント",en:"Account"},{value:"Department",ja:"部署",en:"Department"},{value:"Organization",ja:"事業者等",en:"Organization"},{value:"Challenge",ja:"課題",en:"Challenge"},{value:"CaseStudy",ja:"連携事例",en:"Case study"},{value:"Agreement",ja:"協定",en:"Agreement"},{value:"Project",ja:"事業",en:"Project"},{value:"Announcement",ja:"お知らせ",en:"Announcement"},{value:"CollaborationMethod",ja:"連携手法",en:"Collaboration method"},{value:"Webhook",ja:"Webhook",en:"Webhook"}];function No(t,n){let i=t.find(o=>o.value.toLowerCase()===n.toLowerCase());return i?ce()==="en"?i.en:i.ja:void 0}function _o(t){return`${t}T00:00:00+09:00`}function Dl(t){let[n,i,o]=t.split("-").map(Number);return new Date(Date.UTC(n,i-1,o+1)).toISOString().slice(0,10)}var Fo=t=>!!t&&/^\d{4}-\d{2}-\d{2}$/.test(t);function vl(t){let n={},i=t.get("from"),o=t.get("to");return Fo(i)&&(n.from=_o(i)),Fo(o)&&(n.to=_o(Dl(o))),t.get("actor")&&(n.actorId=t.get("actor")),t.get("action")&&(n.action=t.get("action")),t.get("type")&&(n.targetType=t.get("type")),t.get("target")&&(n.targetId=t.get("target")),Object.keys(n).length>0?n:null}function Al(t){let n=encodeURIComponent(t.targetId);switch(t.targetType.toLowerCase()){case"inquiry":return q(`/desk/inquiries/${n}`,{status:"ALL"});case"proposal":return q(`/proposals/${n}`);case"department":return q("/desk/departments",{id:t.targetId});case"webhook":return q(`/desk/webhooks/${n}`);default:return null}}function kl(t){if(!t||t==="{}"||t==="null")return"—";try{let n=JSON.parse(t);if(n&&typeof n=="object"&&"fields"in n&&Array.isArray(n.fields))return n.fields.map(String).join("、")||"—"}catch{}return t}function qo({query:t}){let n=vl(t),i=JSON.stringify(n),[o,r]=tt(i),s=N(bl,{first:Eo,after:o,filter:n}),d=(a,c)=>{let m=Object.fromEntries(t.entries());m[a]=c,de("/desk/audit",m)};return e("section",{children:[e("h1",{children:g("auditTitle")}),e("p",{children:g("auditIntro")}),e(Il,{query:t},t.toString()),t.get("target")&&e("p",{children:[g("onlyTarget",{id:t.get("target")})," ",e($,{variant:"link",onClick:()=>d("target",void 0),children:g("showAllTargets")})]}),e(S,{error:s.error,onRetry:()=>{s.reload()},retryLabel:C("retry")}),e(ee,{caption:g("auditCaption"),testid:"audit",page:s.data?.auditLog,after:o,onAfter:r,resetKey:i,pageSize:Eo,rowKey:a=>`${a.at}|${a.action}|${a.targetType}|${a.targetId}|${a.actor?.id??""}`,columns:[{header:g("at"),cell:a=>M(a.at),class:"desk-nowrap"},{header:g("actor"),cell:a=>a.actor?.displayName??g("system")},{header:g("action"),cell:a=>e(T,{children:[No(Mo,a.action)??""," ",e("code",{children:a.action})]})},{header:g("target"),cell:a=>{let c=Al(a),m=`${No(Ro,a.targetType)??a.targetType} ${a.targetId}`;return e(T,{children:[c?e("a",{href:c,children:m}):m,t.get("target")!==a.targetId&&e(T,{children:[" ",e("a",{href:q("/desk/audit",{...Object.fromEntries(t.entries()),target:a.targetId,type:void 0}),class:"desk-small",children:g("thisTargetOnly")})]})]})},class:"desk-break"},{header:g("changes"),cell:a=>kl(a.changes),class:"desk-break"}]})]})}function Il({query:t}){let n=N(Cl,{}),[i,o]=y(t.get("from")??""),[r,s]=y(t.get("to")??""),[d,a]=y(t.get("actor")??""),[c,m]=y(t.get("action")??""),[p,v]=y(t.get("type")??""),h=t.get("target")??void 0,u=["from","to","actor","action","type","target"].some(A=>t.get(A)),b=ce()==="en";return e("form",{class:"desk-panel desk-audit-filters",role:"search","aria-label":g("filters"),onSubmit:A=>{A.preventDefault(),de("/desk/audit",{from:i,to:r,actor:d,action:c,type:p,target:h})},children:[e(z,{legend:g("period"),class:"desk-period",children:[e(P,{label:g("fromDate"),type:"date",value:i,onInput:o,testid:"audit-from"}),e(P,{label:g("toDate"),type:"date",value:r,onInput:s,testid:"audit-to"})]}),e("div",{class:"desk-filters",children:[e(_,{label:g("actor"),value:d,onChange:a,testid:"audit-actor",options:[{value:"",label:g("all")},...(n.data?.users.edges??[]).map(A=>({value:A.node.id,label:`${A.node.displayName}（${gt(A.node.role)}）`}))]}),e(_,{label:g("action"),value:c,onChange:m,testid:"audit-action",options:[{value:"",label:g("all")},...Mo.map(A=>({value:A.value,label:b?A.en:A.ja}))]}),e(_,{label:g("targetType"),value:p,onChange:v,testid:"audit-type",options:[{value:"",label:g("all")},...Ro.map(A=>({value:A.value,label:b?A.en:A.ja}))]})]}),e("div",{class:"desk-filter-buttons",children:[e($,{type:"submit",variant:"primary","data-testid":"audit-apply",children:g("apply")}),u&&e($,{variant:"link",onClick:()=>de("/desk/audit"),children:g("clearFilters")})]})]})}var $l=D(`
  query SettingsCustomFields($target: CustomFieldTarget!) {
    customFieldDefinitions(target: $target) {
      id
      key
      target
      labelJa
      labelEn
      type
      required
      visibility
      order
      choices {
        value
        labelJa
        labelEn
      }
    }
  }
`),Sl=D(`
  mutation SettingsCustomFieldDefine($input: CustomFieldDefinitionInput!) {
    defineCustomField(input: $input) {
      id
    }
  }
`),Pl=D(`
  mutation SettingsCustomFieldUpdate($id: ID!, $input: CustomFieldDefinitionInput!) {
    updateCustomField(id: $id, input: $input) {
      id
    }
  }
`),xl=D(`
  mutation SettingsCustomFieldDelete($id: ID!) {
    deleteCustomField(id: $id)
  }
`),Oo=["PROPOSAL","CHALLENGE","AGREEMENT","PROJECT","CASE_STUDY","ANNOUNCEMENT"],wl=["TEXT","LONG_TEXT","NUMBER","DATE","SINGLE_CHOICE","MULTIPLE_CHOICE","BOOLEAN"],Tl=["PUBLIC","PROPOSER","STAFF"];function Lo(t){return E(`target${t}`)}function El(t){return N($l,{target:t})}var Nl={id:null,key:"",labelJa:"",labelEn:"",type:"TEXT",required:!1,visibility:"STAFF",order:"",choices:""};function _l(t){return{id:t.id,key:t.key,labelJa:t.labelJa,labelEn:t.labelEn,type:t.type,required:t.required,visibility:t.visibility,order:String(t.order),choices:t.choices.map(n=>[n.value,n.labelJa,n.labelEn].join("|")).join(`
`)}}function Fl(t,n){let i=t.type==="SINGLE_CHOICE"||t.type==="MULTIPLE_CHOICE";return{key:t.key.trim(),target:n,labelJa:t.labelJa,labelEn:t.labelEn,type:t.type,required:t.required,visibility:t.visibility,order:t.order.trim()===""?null:Number(t.order),choices:i?t.choices.split(`
`).map(o=>o.trim()).filter(o=>o!=="").map(o=>{let[r="",s="",d=""]=o.split("|").map(a=>a.trim());return{value:r,labelJa:s||r,labelEn:d}}):null}}function Uo(t){let[n,i]=y(Oo[0]),o=El(n),[r,s]=y(null),[d,a]=y(""),[c,m]=y(null),p=L(async b=>{a("");let A=Fl(b,n);b.id?await w(Pl,{id:b.id,input:A}):await w(Sl,{input:A}),a(b.id?E("updated",{label:b.labelJa}):E("defined",{label:b.labelJa})),s(null),await o.reload()}),v=L(async b=>{a(""),await w(xl,{id:b.id}),m(null),a(E("removed",{label:b.labelJa})),await o.reload()}),h=(b,A)=>s(k=>k&&{...k,[b]:A}),u=o.data?.customFieldDefinitions??[];return e(T,{children:[e("h1",{children:E("title")}),e("p",{class:"help",children:E("intro")}),e(_,{label:E("target"),value:n,testid:"custom-field-target",onChange:b=>{i(b),s(null),a("")},options:Oo.map(b=>({value:b,label:Lo(b)}))}),e(B,{children:d}),e(S,{error:o.error??v.error,onRetry:()=>{o.reload()},retryLabel:C("retry")}),o.loading&&!o.data&&e(j,{label:C("loading")}),o.data&&u.length===0&&e("p",{"data-testid":"custom-fields-none",children:E("none")}),u.length>0&&e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"custom-fields",children:[e("caption",{children:E("caption",{target:Lo(n)})}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:E("order")}),e("th",{scope:"col",children:E("labelJa")}),e("th",{scope:"col",children:E("key")}),e("th",{scope:"col",children:E("type")}),e("th",{scope:"col",children:E("visibility")}),e("th",{scope:"col",children:E("required")}),e("th",{scope:"col",children:g("actions")})]})}),e("tbody",{children:u.map(b=>e("tr",{children:[e("td",{children:b.order}),e("td",{children:[b.labelJa,b.labelEn&&e("span",{class:"help",children:[" / ",b.labelEn]})]}),e("td",{class:"desk-break",children:b.key}),e("td",{children:E(`type${b.type}`)}),e("td",{children:E(`visibility${b.visibility}`)}),e("td",{children:b.required?e(U,{tone:"warning",children:E("required")}):"—"}),e("td",{children:e("div",{class:"desk-row-actions",children:[e($,{variant:"secondary",onClick:()=>s(_l(b)),"aria-label":`${E("edit")}: ${b.labelJa}`,children:E("edit")}),e($,{variant:"danger",onClick:()=>m(b),"aria-label":`${E("remove")}: ${b.labelJa}`,children:E("remove")})]})})]},b.id))})]})}),!r&&e("div",{class:"actions",children:e($,{variant:"primary",onClick:()=>s({...Nl}),"data-testid":"custom-field-new",children:E("define")})}),r&&e("form",{class:"desk-panel","data-testid":"custom-field-form",onSubmit:b=>{b.preventDefault(),p.run(r)},children:[e("h2",{children:r.id?E("editTitle",{label:r.labelJa}):E("defineTitle")}),e(S,{error:p.error}),e(P,{label:E("key"),value:r.key,onInput:b=>h("key",b),required:!0,maxLength:40,help:E("keyHelp"),testid:"custom-field-key"}),e(P,{label:E("labelJa"),value:r.labelJa,onInput:b=>h("labelJa",b),required:!0,maxLength:200,testid:"custom-field-label"}),e(P,{label:E("labelEn"),value:r.labelEn,onInput:b=>h("labelEn",b),maxLength:200}),e(_,{label:E("type"),value:r.type,onChange:b=>h("type",b),options:(r.id?[r.type]:wl).map(b=>({value:b,label:E(`type${b}`)})),help:E("typeFixed"),testid:"custom-field-type"}),(r.type==="SINGLE_CHOICE"||r.type==="MULTIPLE_CHOICE")&&e(Q,{label:E("choices"),value:r.choices,onInput:b=>h("choices",b),rows:5,help:E("choicesHelp"),required:!0,testid:"custom-field-choices"}),e(_,{label:E("visibility"),value:r.visibility,onChange:b=>h("visibility",b),options:Tl.map(b=>({value:b,label:E(`visibility${b}`)})),testid:"custom-field-visibility"}),e(qe,{label:E("required"),checked:r.required,onChange:b=>h("required",b),help:E("requiredHelp"),testid:"custom-field-required"}),e(P,{label:E("order"),type:"number",value:r.order,onInput:b=>h("order",b)}),e("div",{class:"actions",children:[e($,{type:"submit",variant:"primary",busy:p.busy,"data-testid":"custom-field-save",children:E("save")}),e($,{variant:"secondary",onClick:()=>{s(null),p.clear()},children:E("cancel")})]})]}),e(oe,{open:c!==null,title:c?E("removeTitle",{label:c.labelJa}):"",confirmLabel:E("remove"),danger:!0,busy:v.busy,onConfirm:()=>c&&void v.run(c),onCancel:()=>m(null),children:e("p",{children:E("removeBody")})})]})}var Ml=D(`
  query DeskDepartments {
    municipality {
      id
      departments {
        id
        name
        kind
        version
        parent {
          id
        }
      }
    }
  }
`),Rl=D(`
  mutation DeskDepartmentCreate($input: DepartmentInput!) {
    createDepartment(input: $input) {
      id
      name
    }
  }
`),jo=D(`
  mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {
    updateDepartment(id: $id, input: $input, version: $version) {
      id
      name
      version
    }
  }
`),ql=D(`
  mutation DeskDepartmentDelete($id: ID!) {
    deleteDepartment(id: $id)
  }
`),Ol=["BUREAU","DIVISION","SECTION"],Bo=()=>Ol.map(t=>({value:t,label:g(`kind${t}`)}));function ft(t,n){return t?.field===`input.${n}`?t.clerkMessage():void 0}function Vo({query:t}){let n=N(Ml,{}),i=Oe(),[o,r]=y(""),s=t.get("id")??"",d=n.data?.municipality.departments??[],a=nt(d),c=d.find(v=>v.id===s),m=i("department","write"),p=async(v,h)=>{r(v),await n.reload(),h!==void 0&&de("/desk/departments",{id:h??void 0})};return e("section",{children:[e("h1",{children:g("departmentsTitle")}),e(B,{children:o}),e(S,{error:n.error,onRetry:()=>{n.reload()},retryLabel:C("retry")}),!n.data&&!n.error&&e(j,{label:C("loading")}),n.data&&e("div",{class:"desk-columns",children:[e("div",{class:"desk-tree","data-testid":"department-tree",children:[e("h2",{id:"dept-tree-title",children:g("departmentTree")}),a.length===0?e("p",{children:g("noDepartments")}):e(Ho,{rows:a,selected:s})]}),m&&e("div",{class:"desk-side",children:[c?e(Ll,{dept:c,all:d,onDone:p},`${c.id}@${c.version}`):e("p",{class:"help",children:g("selectToEdit")}),e(Ul,{all:d,defaultParent:c?.id??"",onDone:p},`add-${c?.id??""}`)]})]})]})}function Ho({rows:t,selected:n}){return e("ul",{children:t.map(i=>e("li",{children:[e("a",{href:q("/desk/departments",{id:i.dept.id}),"aria-current":i.dept.id===n?"true":void 0,"data-testid":`dept-${i.dept.id}`,children:i.dept.name})," ",e("span",{class:"desk-kind",children:["（",g(`kind${i.dept.kind}`),"）"]}),i.children.length>0&&e(Ho,{rows:i.children,selected:n})]},i.dept.id))})}function Ll({dept:t,all:n,onDone:i}){let[o,r]=y(t.name),[s,d]=y(t.kind),[a,c]=y(t.parent?.id??""),[m,p]=y(!1),v=L(async()=>{let k=await w(jo,{id:t.id,input:{name:o,kind:s},version:t.version});await i(g("savedDeptNotice",{name:k.updateDepartment.name}))}),h=L(async()=>{await w(jo,{id:t.id,input:{parentId:a},version:t.version}),await i(g("movedDeptNotice",{name:t.name}))}),u=L(async()=>{await w(ql,{id:t.id}),p(!1),await i(g("deletedDeptNotice",{name:t.name}),null)}),b=Po(n,t.id),A=it(nt(n)).filter(k=>!b.has(k.dept.id));return e("div",{class:"desk-panel","data-testid":"department-edit",children:[e("h2",{children:g("editDepartment",{name:t.name})}),e("form",{"aria-label":g("rename"),onSubmit:k=>{k.preventDefault(),v.run()},children:[e(P,{label:g("deptName"),required:!0,value:o,onInput:r,error:ft(v.error,"name"),testid:"dept-edit-name"}),e(_,{label:g("kind"),value:s,onChange:k=>d(k),options:Bo(),testid:"dept-edit-kind"}),e(S,{error:v.error}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:v.busy,"data-testid":"dept-rename",children:g("rename")})})]}),e("form",{"aria-label":g("move"),onSubmit:k=>{k.preventDefault(),h.run()},children:[e(_,{label:g("moveTo"),help:g("moveHelp"),value:a,onChange:c,error:ft(h.error,"parentId"),testid:"dept-move-parent",options:[...t.parent?[]:[{value:"",label:g("parentTop")}],...A.map(k=>({value:k.dept.id,label:mt(k.dept.name,k.depth)}))]}),e(S,{error:h.error}),e("div",{class:"actions",children:e($,{type:"submit",busy:h.busy,disabled:!a||a===(t.parent?.id??""),"data-testid":"dept-move",children:g("move")})})]}),e("div",{class:"actions",children:e($,{variant:"danger",onClick:()=>p(!0),"data-testid":"dept-delete",children:g("deleteDept")})}),e(oe,{open:m,title:g("deleteDeptConfirm",{name:t.name}),confirmLabel:g("deleteDept"),danger:!0,busy:u.busy,onConfirm:()=>{u.run()},onCancel:()=>{u.clear(),p(!1)},children:[e("p",{children:g("deleteDeptBody")}),u.error?.code==="CONFLICT"&&e("p",{class:"field-error",role:"alert","data-testid":"dept-in-use",children:[g("deptInUse"),e("br",{}),C("serverSays",{msg:u.error.serverMessage})]}),u.error&&u.error.code!=="CONFLICT"&&e(S,{error:u.error})]})]})}function Ul({all:t,defaultParent:n,onDone:i}){let[o,r]=y(""),[s,d]=y("SECTION"),[a,c]=y(n),[m,p]=y(""),v=L(async()=>{let u=m.trim()===""?null:Number(m),b=await w(Rl,{input:{name:o,kind:s,parentId:a||null,position:u}});r(""),p(""),await i(g("addedDeptNotice",{name:b.createDepartment.name}),b.createDepartment.id)}),h=it(nt(t));return e("form",{class:"desk-panel","aria-labelledby":"dept-add-title","data-testid":"department-add",onSubmit:u=>{u.preventDefault(),v.run()},children:[e("h2",{id:"dept-add-title",children:g("newDepartment")}),e(P,{label:g("deptName"),required:!0,value:o,onInput:r,error:ft(v.error,"name"),testid:"dept-add-name"}),e(_,{label:g("kind"),value:s,onChange:u=>d(u),options:Bo(),testid:"dept-add-kind"}),e(_,{label:g("parent"),value:a,onChange:c,error:ft(v.error,"parentId"),testid:"dept-add-parent",options:[{value:"",label:g("parentTop")},...h.map(u=>({value:u.dept.id,label:mt(u.dept.name,u.depth)}))]}),e(P,{label:g("position"),type:"number",value:m,onInput:p,help:g("positionHelp"),error:ft(v.error,"position"),testid:"dept-add-position"}),e(S,{error:v.error}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:v.busy,"data-testid":"dept-add",children:g("add")})})]})}var jl=D(`
  query DeskInquiries($first: Int, $after: String, $status: InquiryStatus) {
    inquiries(first: $first, after: $after, status: $status) {
      edges {
        cursor
        node {
          id
          affiliation
          name
          subject
          status
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`),Ko=20;function dn({status:t}){return t==="OPEN"?e(U,{tone:"warning",icon:"●",children:g("inquiryOpen")}):e(U,{tone:"success",icon:"✓",children:g("inquiryClosed")})}function Bl(t){let n=t.get("status");return n==="ALL"?null:n==="CLOSED"?"CLOSED":"OPEN"}function Qo({query:t}){let n=Bl(t),i=String(n),[o,r]=tt(i),s=N(jl,{first:Ko,after:o,status:n});return e("section",{children:[e("h1",{children:g("inquiriesTitle")}),e("form",{class:"desk-filters",role:"search","aria-label":g("filters"),onSubmit:d=>d.preventDefault(),children:e(_,{label:g("inquiryStatus"),value:n??"ALL",testid:"inquiry-status",onChange:d=>de("/desk/inquiries",{status:d==="OPEN"?void 0:d}),options:[{value:"OPEN",label:g("inquiryOpen")},{value:"CLOSED",label:g("inquiryClosed")},{value:"ALL",label:g("all")}]})}),e(S,{error:s.error,onRetry:()=>{s.reload()},retryLabel:C("retry")}),e(ee,{caption:g("inquiriesCaption"),testid:"inquiries",page:s.data?.inquiries,after:o,onAfter:r,resetKey:i,pageSize:Ko,rowKey:d=>d.id,columns:[{header:g("receivedAt"),cell:d=>M(d.createdAt),class:"desk-nowrap"},{header:g("subject"),cell:d=>e("a",{href:q(`/desk/inquiries/${encodeURIComponent(d.id)}`,{status:t.get("status")??void 0}),children:d.subject})},{header:g("sender"),cell:d=>`${d.name}${d.affiliation?`（${d.affiliation}）`:""}`},{header:g("inquiryStatus"),cell:d=>e(dn,{status:d.status})}]})]})}var Vl=D(`
  query DeskInquiry($id: ID!) {
    node(id: $id) {
      ... on Inquiry {
        id
        affiliation
        name
        email
        phone
        subject
        body
        status
        createdAt
      }
    }
  }
`),Hl=D(`
  mutation DeskInquiryClose($id: ID!) {
    closeInquiry(id: $id) {
      id
      status
    }
  }
`);function Wo({params:t,query:n}){let i=N(Vl,{id:t.id}),o=Oe(),[r,s]=y(!1),[d,a]=y(""),c=L(async()=>{await w(Hl,{id:t.id}),s(!1),a(g("inquiryClosedNotice")),await i.reload()}),m=e("p",{children:e("a",{href:q("/desk/inquiries",{status:n.get("status")??void 0}),children:["← ",g("backToInquiries")]})});if(i.error)return e("section",{children:[e("h1",{children:g("inquiryTitle")}),e(S,{error:i.error,onRetry:()=>{i.reload()},retryLabel:C("retry")}),m]});let p=i.data?.node;return i.data?!p||!("subject"in p)?e("section",{children:[e("h1",{children:g("inquiryTitle")}),e(S,{error:new Y("NOT_FOUND","")}),m]}):e("section",{children:[m,e("h1",{children:[g("inquiryTitle"),": ",p.subject]}),e(B,{children:d}),e("dl",{class:"desk-dl","data-testid":"inquiry-detail",children:[e("dt",{children:g("inquiryStatus")}),e("dd",{children:e(dn,{status:p.status})}),e("dt",{children:g("receivedAt")}),e("dd",{children:M(p.createdAt)}),e("dt",{children:g("name")}),e("dd",{children:p.name}),e("dt",{children:g("affiliation")}),e("dd",{children:p.affiliation||g("noAffiliation")}),e("dt",{children:g("email")}),e("dd",{children:e("a",{href:`mailto:${p.email}?subject=${encodeURIComponent(`Re: ${p.subject}`)}`,"aria-label":`${g("replyByMail")}: ${p.email}`,children:p.email})}),e("dt",{children:g("phone")}),e("dd",{children:p.phone||"—"}),e("dt",{children:g("subject")}),e("dd",{children:p.subject})]}),e("h2",{children:g("body")}),e("div",{class:"desk-body","data-testid":"inquiry-body",children:p.body}),p.status==="OPEN"&&o("inquiry","close")&&e("div",{class:"actions",children:e($,{variant:"primary",onClick:()=>s(!0),"data-testid":"inquiry-close",children:g("closeInquiry")})}),e(oe,{open:r,title:g("closeInquiryConfirm"),confirmLabel:g("closeInquiry"),busy:c.busy,onConfirm:()=>{c.run()},onCancel:()=>{c.clear(),s(!1)},children:[e("p",{children:g("closeInquiryBody",{subject:p.subject})}),e(S,{error:c.error})]})]}):e(j,{label:C("loading")})}var Kl=D(`
  query DeskMunicipalitySettings {
    municipality {
      id
      slug
      itemUrlTemplate
    }
  }
`),Ql=D(`
  mutation DeskMunicipalitySettingsSave($input: UpdateMunicipalityInput!) {
    updateMunicipality(input: $input) {
      id
      itemUrlTemplate
    }
  }
`);function zo(t){let n=N(Kl,{}),[i,o]=y(""),[r,s]=y("");Z(()=>{n.data&&o(n.data.municipality.itemUrlTemplate??"")},[n.data]);let d=L(async()=>{s(""),await w(Ql,{input:{itemUrlTemplate:i}}),s(ne("saved")),await n.reload()});if(!n.data)return e("section",{children:[e("h1",{children:ne("settingsTitle")}),n.error?e(S,{error:n.error,onRetry:()=>{n.reload()},retryLabel:C("retry")}):e(j,{label:C("loading")})]});let a=new URL("../sitemap.xml?municipality="+encodeURIComponent(n.data.municipality.slug),location.href).href;return e("section",{children:[e("h1",{children:ne("settingsTitle")}),e("form",{onSubmit:c=>{c.preventDefault(),d.run()},children:[e(B,{children:r}),e(S,{error:d.error}),e(P,{label:ne("itemUrlTemplate"),type:"url",value:i,onInput:o,help:ne("itemUrlTemplateHelp"),maxLength:500,testid:"field-item-url-template"}),n.data.municipality.itemUrlTemplate&&e("p",{class:"help",children:[ne("sitemapNote"),e("a",{href:a,target:"_blank",rel:"noopener noreferrer",children:a})]}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:d.busy,"data-testid":"save",children:ne("save")})})]})]})}var Wl=D(`
  query DeskWebhooks {
    webhooks {
      id
      url
      events
      active
      createdAt
    }
  }
`),zl=D(`
  mutation DeskWebhookRegister($input: WebhookInput!) {
    registerWebhook(input: $input) {
      id
      url
    }
  }
`),Jl=D(`
  mutation DeskWebhookDelete($id: ID!) {
    deleteWebhook(id: $id)
  }
`),Jo=["CONTENT_PUBLISHED","CONTENT_UNPUBLISHED","CONTENT_ARCHIVED","CONTENT_CHANGED"];function yt(t){return g(`event${t}`)}function un({active:t}){return t?e(U,{tone:"success",icon:"✓",children:g("active")}):e(U,{tone:"neutral",icon:"■",children:g("inactive")})}function Gl(){let t=new Uint8Array(32);return crypto.getRandomValues(t),Array.from(t,n=>n.toString(16).padStart(2,"0")).join("")}function Go(){let t=N(Wl,{}),n=Oe(),[i,o]=y(""),[r,s]=y(null),[d,a]=y(null),c=L(async p=>{await w(Jl,{id:p.id}),a(null),s(null),o(g("deletedWebhookNotice",{url:p.url})),await t.reload()}),m=n("webhook","manage");return e("section",{children:[e("h1",{children:g("webhooksTitle")}),e("p",{children:g("webhooksIntro")}),e(B,{children:i}),r&&e("div",{class:"desk-panel desk-secret",role:"status","data-testid":"webhook-secret",children:[e("p",{children:g("secretOnce")}),e("p",{children:[e("span",{class:"desk-label",children:[g("secret"),": "]}),e("code",{children:r.secret})]}),e($,{onClick:()=>s(null),children:C("close")})]}),e(S,{error:t.error,onRetry:()=>{t.reload()},retryLabel:C("retry")}),!t.data&&!t.error&&e(j,{label:C("loading")}),t.data&&e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"webhooks",children:[e("caption",{children:g("webhooksCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:g("url")}),e("th",{scope:"col",children:g("events")}),e("th",{scope:"col",children:g("status")}),e("th",{scope:"col",children:g("createdAt")}),e("th",{scope:"col",children:g("actions")})]})}),e("tbody",{children:[t.data.webhooks.length===0&&e("tr",{children:e("td",{colSpan:5,children:C("empty")})}),t.data.webhooks.map(p=>e("tr",{children:[e("td",{class:"desk-break",children:p.url}),e("td",{children:p.events.map(yt).join("、")}),e("td",{children:e(un,{active:p.active})}),e("td",{class:"desk-nowrap",children:M(p.createdAt)}),e("td",{children:e("div",{class:"desk-row-actions",children:[e("a",{class:"btn btn-small",href:q(`/desk/webhooks/${encodeURIComponent(p.id)}`),"aria-label":`${g("deliveryLog")}: ${p.url}`,children:g("deliveryLog")}),m&&e($,{variant:"danger","aria-label":`${g("deleteWebhook")}: ${p.url}`,"data-testid":`webhook-delete-${p.id}`,onClick:()=>a({id:p.id,url:p.url}),children:g("deleteWebhook")})]})})]},p.id))]})]})}),m&&e(Yl,{onDone:(p,v)=>{s({url:p,secret:v}),o(g("registeredNotice",{url:p})),t.reload()}}),e(oe,{open:d!==null,title:d?g("deleteWebhookConfirm",{url:d.url}):"",confirmLabel:g("deleteWebhook"),danger:!0,busy:c.busy,onConfirm:()=>d&&void c.run(d),onCancel:()=>{c.clear(),a(null)},children:[e("p",{children:g("deleteWebhookBody")}),e(S,{error:c.error})]})]})}function Yl({onDone:t}){let[n,i]=y(""),[o,r]=y(["CONTENT_PUBLISHED"]),[s,d]=y(!1),a=L(async()=>{let m=Gl(),p=await w(zl,{input:{url:n.trim(),events:o,secret:m}});i(""),t(p.registerWebhook.url,m)}),c=m=>a.error?.field===`input.${m}`?a.error.clerkMessage():void 0;return e("form",{class:"desk-panel","aria-labelledby":"webhook-form-title","data-testid":"webhook-form",onSubmit:m=>{if(m.preventDefault(),o.length===0){d(!0);return}d(!1),a.run()},children:[e("h2",{id:"webhook-form-title",children:g("newWebhook")}),e(P,{label:g("url"),type:"url",required:!0,value:n,onInput:i,help:g("urlHelp"),error:c("url"),testid:"webhook-url",autocomplete:"off"}),e(z,{legend:g("events"),children:[Jo.map(m=>e(qe,{label:yt(m),checked:o.includes(m),testid:`webhook-event-${m}`,onChange:p=>r(p?Jo.filter(v=>v===m||o.includes(v)):o.filter(v=>v!==m))},m)),(s||c("events"))&&e("p",{class:"field-error",role:"alert",children:c("events")??g("chooseEvent")})]}),e(S,{error:a.error}),e("div",{class:"actions",children:e($,{type:"submit",variant:"primary",busy:a.busy,"data-testid":"webhook-register",children:g("register")})})]})}var Xl=D(`
  query DeskWebhookDeliveries($first: Int) {
    webhooks {
      id
      url
      events
      active
      createdAt
      deliveries(first: $first) {
        id
        event
        status
        attempts
        lastStatusCode
        lastError
        nextAttemptAt
        deliveredAt
        createdAt
      }
    }
  }
`),Yo=20,Xo=100;function Zl({status:t}){let n={PENDING:["warning","…",g("deliveryPENDING")],DELIVERED:["success","✓",g("deliveryDELIVERED")],FAILED:["danger","×",g("deliveryFAILED")]},[i,o,r]=n[t]??["neutral","?",t];return e(U,{tone:i,icon:o,children:r})}function Zo({params:t}){let[n,i]=y(Yo),o=N(Xl,{first:n}),r=e("p",{children:e("a",{href:q("/desk/webhooks"),children:["← ",g("backToWebhooks")]})});if(o.error)return e("section",{children:[r,e("h1",{children:g("webhookTitle")}),e(S,{error:o.error,onRetry:()=>{o.reload()},retryLabel:C("retry")})]});if(!o.data)return e(j,{label:C("loading")});let s=o.data.webhooks.find(a=>a.id===t.id);if(!s)return e("section",{children:[r,e("h1",{children:g("webhookTitle")}),e("p",{role:"alert",children:g("webhookMissing")})]});let d=s.deliveries;return e("section",{children:[r,e("h1",{children:[g("webhookTitle"),": ",e("span",{class:"desk-break",children:s.url})]}),e("dl",{class:"desk-dl",children:[e("dt",{children:g("events")}),e("dd",{children:s.events.map(yt).join("、")}),e("dt",{children:g("status")}),e("dd",{children:e(un,{active:s.active})}),e("dt",{children:g("createdAt")}),e("dd",{children:M(s.createdAt)})]}),e("h2",{children:g("deliveries")}),e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"deliveries",children:[e("caption",{children:g("deliveriesCaption",{n})}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:g("queuedAt")}),e("th",{scope:"col",children:g("event")}),e("th",{scope:"col",children:g("status")}),e("th",{scope:"col",children:g("attempts")}),e("th",{scope:"col",children:g("lastStatusCode")}),e("th",{scope:"col",children:g("lastError")}),e("th",{scope:"col",children:g("nextAttemptAt")}),e("th",{scope:"col",children:g("deliveredAt")})]})}),e("tbody",{children:[d.length===0&&e("tr",{children:e("td",{colSpan:8,children:C("empty")})}),d.map(a=>e("tr",{children:[e("td",{class:"desk-nowrap",children:M(a.createdAt)}),e("td",{children:yt(a.event)}),e("td",{children:e(Zl,{status:a.status})}),e("td",{children:a.attempts}),e("td",{children:a.lastStatusCode===0?g("noResponse"):a.lastStatusCode}),e("td",{class:"desk-break",children:a.lastError||"—"}),e("td",{class:"desk-nowrap",children:a.status==="PENDING"?M(a.nextAttemptAt):"—"}),e("td",{class:"desk-nowrap",children:a.deliveredAt?M(a.deliveredAt):"—"})]},a.id))]})]})}),d.length>=n&&n<Xo&&e("div",{class:"actions",children:e($,{onClick:()=>i(Math.min(n+Yo,Xo)),busy:o.loading,"data-testid":"deliveries-more",children:g("showMore")})})]})}var ea=[{path:"/desk/inquiries/:id",component:Wo,permission:{resource:"inquiry",action:"read"}},{path:"/desk/inquiries",component:Qo,nav:{label:()=>g("navInquiries"),order:300},permission:{resource:"inquiry",action:"read"}},{path:"/desk/accounts",component:To,nav:{label:()=>g("navAccounts"),order:310},permission:{resource:"account",action:"createStaff"}},{path:"/desk/departments",component:Vo,nav:{label:()=>g("navDepartments"),order:320},permission:{resource:"department",action:"write"}},{path:"/desk/webhooks/:id",component:Zo,permission:{resource:"webhook",action:"manage"}},{path:"/desk/webhooks",component:Go,nav:{label:()=>g("navWebhooks"),order:330},permission:{resource:"webhook",action:"manage"}},{path:"/desk/custom-fields",component:Uo,nav:{label:()=>E("navCustomFields"),order:350},permission:{resource:"customField",action:"manage"}},{path:"/desk/audit",component:qo,nav:{label:()=>g("navAudit"),order:340},permission:{resource:"audit",action:"read"}},{path:"/desk/settings",component:zo,nav:{label:()=>ne("navSettings"),order:360},permission:{resource:"municipality",action:"update"}}];var ut=[{path:"/",component:qr,nav:{label:()=>C("home"),order:0}},...Xr,...So,...ea];function ta(t){let n=t.viewer.me;return e(T,{children:[e("a",{class:"skip",href:"#main",onClick:i=>{i.preventDefault(),document.getElementById("main")?.focus()},children:C("skipToMain")}),e("header",{class:"header",children:[e("div",{class:"brand",children:[e("span",{class:"brand-muni",children:t.viewer.municipality.name})," ",C("appName")]}),e("div",{class:"header-tools",children:[e("span",{class:"who","data-testid":"who",children:C("signedInAs",{name:n.displayName,dept:n.department?.name??n.role})}),e(pn,{}),e($,{onClick:t.onSignOut,busy:t.signingOut,"data-testid":"sign-out",children:C("signOut")})]})]}),e("div",{class:"frame",children:[e("nav",{class:"nav","aria-label":C("mainNav"),children:e("ul",{children:t.nav.map(i=>{let o=t.current===i.path||i.path!=="/"&&t.current.startsWith(`${i.path}/`);return e("li",{children:e("a",{href:q(i.path),"aria-current":o?"page":void 0,children:i.label})},i.path)})})}),e("main",{id:"main",class:"main",tabIndex:-1,children:t.children})]})]})}function pn(){let t=ce()==="ja"?"en":"ja";return e("button",{type:"button",class:"btn btn-link",lang:t,"aria-label":`${C("language")}: ${C("switchLang")}`,onClick:()=>Bn(t),"data-testid":"lang-toggle",children:C("switchLang")})}var ed=D(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
    }
  }
`);function na({notice:t}){let[n,i]=y(""),[o,r]=y(""),[s,d]=y(""),a=L(async()=>{let c=await w(ed,{email:n,password:o},{municipality:s.trim()||void 0});Ke(c.login.token)});return e("div",{class:"login",children:[e("div",{class:"login-lang",children:e(pn,{})}),e("main",{id:"main",class:"login-box",children:[e("h1",{children:C("appName")}),e("h2",{children:C("signInTitle")}),t&&e("p",{class:"banner banner-notice",role:"status",children:t}),a.error?.code==="UNAUTHENTICATED"?e("p",{class:"banner banner-error",role:"alert","data-testid":"login-error",children:C("loginFailed")}):e(S,{error:a.error}),e("form",{onSubmit:c=>{c.preventDefault(),a.run()},children:[e(P,{label:C("email"),type:"email",autocomplete:"username",required:!0,value:n,onInput:i,testid:"login-email"}),e(P,{label:C("password"),type:"password",autocomplete:"current-password",required:!0,value:o,onInput:r,testid:"login-password"}),e(P,{label:C("municipality"),help:C("municipalityHelp"),value:s,onInput:d,autocomplete:"off",testid:"login-municipality"}),e($,{type:"submit",variant:"primary",busy:a.busy,"data-testid":"login-submit",children:a.busy?C("signingIn"):C("signIn")})]})]})]})}var td=D(`
  mutation Logout {
    logout
  }
`);async function nd(){try{await w(td,{})}finally{Ke(null)}}function id(){let[,t]=y(0),[n,i]=y(He()!==null),[o,r]=y(!1);return Z(()=>Vn(()=>t(s=>s+1)),[]),Z(()=>Hn(s=>{r(!s&&n),i(s)}),[n]),n?e(rd,{}):e(na,{notice:o?C("errUnauthenticated"):void 0})}function rd(){let t=N(Rr,{}),[n,i]=y(!1),o=Fr(),r=()=>{i(!0),nd().catch(()=>{})};if(t.error)return e("main",{id:"main",class:"login-box",children:[e(S,{error:t.error,onRetry:()=>{t.reload()},retryLabel:C("retry")}),e($,{onClick:r,children:C("signOut")})]});if(!t.data)return e(j,{label:C("loading")});let s=t.data.me;if(!s||s.role==="PROPOSER")return e("main",{id:"main",class:"login-box",children:[e("p",{class:"banner banner-error",role:"alert",children:C("proposerOnly")}),e($,{onClick:r,children:C("signOut")})]});let d={me:s,municipality:t.data.municipality,permissions:t.data.permissions},a=ut.filter(p=>p.nav&&re(d,p.permission)).sort((p,v)=>p.nav.order-v.nav.order).map(p=>({path:p.path,label:p.nav.label()})),c=Mr(ut,o.path),m;if(!c||!re(d,c.route.permission))m=e("section",{children:[e("h1",{children:C("notFound")}),e("p",{children:e("a",{href:"#/",children:C("backHome")})})]});else{let p=c.route.component;m=e(p,{params:c.params,query:o.query},o.path)}return e(en.Provider,{value:d,children:e(ta,{viewer:d,nav:a,current:o.path,onSignOut:r,signingOut:n,children:m})})}document.documentElement.lang=ce();In(e(id,{}),document.getElementById("app"));
